package main

import "fmt"

// %p prints an address only for pointers, maps, funcs and slices; any
// other operand is a bad verb showing its type and value.

type T struct{ A int }

type Named string

func main() {
	fmt.Printf("%p %p %p %p\n", 42, "s", 1.5, true)
	fmt.Printf("%p|%10p|%-6p|\n", T{3}, Named("n"), uint8(7))
	fmt.Printf("%p %p\n", [2]int{1, 2}, struct{}{})
	var np *T
	var nm map[int]int
	var nf func()
	var ns []int
	fmt.Printf("%p %p %p %p\n", np, nm, nf, ns)
	fmt.Printf("%p\n", nil)
	var e error
	fmt.Printf("%p %v\n", e, fmt.Sprintf("%p", 'x') == "%!p(int32=120)")
	p := &T{1}
	fmt.Println(fmt.Sprintf("%p", p) == fmt.Sprintf("%p", p), fmt.Sprintf("%p", p)[:2])
}
