// fmt prints a map with interface keys sorted as internal/fmtsort does:
// keys of different dynamic types by the address of their type
// descriptors in gc's binary: unnamed composite types first, by type
// string; then by descriptor size, the main package's named types (by
// name) before the predeclared types in the runtime's order; larger
// descriptors (named types with methods, named structs) after.
package main

import "fmt"

type Zed int
type Alpha string
type Mid float64

type WithM int

func (WithM) M() {}

type TwoM uint8

func (TwoM) A() {}
func (TwoM) B() {}

type P struct{ X int }
type Q struct{ X, Y int }

func main() {
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, true: 6, false: 7})
	fmt.Println(map[any]string{
		int16(1): "int16", uint16(1): "uint16", uint32(1): "uint32", uint64(1): "uint64",
		uintptr(1): "uintptr", int(1): "int", "x": "string", false: "bool", 1.5: "float64",
		float32(2): "float32", int8(1): "int8", uint8(1): "uint8", int32(1): "int32",
		int64(1): "int64", uint(1): "uint",
	})
	fmt.Println(map[any]int{Mid(1): 1, Alpha("a"): 2, Zed(3): 3, 4: 4, "s": 5})
	fmt.Println(map[any]string{
		Q{1, 2}: "Q", WithM(1): "WithM", P{1}: "P", [2]int{}: "[2]int", struct{ A int }{}: "struct",
		[1]string{"z"}: "[1]string", TwoM(2): "TwoM", Zed(1): "Zed", 1: "int", "s": "string",
		true: "bool", uint8(1): "uint8", struct{ B, C bool }{}: "struct2",
	})
	// nil first; equal types compare by value
	fmt.Println(map[any]int{nil: 0, 3: 3, 1: 1, "b": 2, "a": 4, Zed(2): 5, Zed(-1): 6})
	fmt.Printf("%v\n", map[interface{}]bool{[2]int{2, 1}: true, [2]int{1, 2}: false, P{2}: true, P{-1}: false})
}
