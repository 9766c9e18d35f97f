package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Grid [2][3]int
type Handler func(string) (int, error)
type Set map[string]struct{}
type List []*Node
type Node struct{ V int }
type Iface interface{ M() }
type Empty struct{}

func (Empty) M() {}

func main() {
	vals := []any{
		1, int8(1), uint16(1), uintptr(1), 1.5, float32(1.5), "s", 'r', byte(1), true,
		Celsius(1), Grid{}, Handler(nil), Set{}, List{}, &Node{}, Node{},
		[]any{}, map[string][]int{}, [3]string{}, func(int, ...string) bool { return false },
		struct{ A int; b string }{}, struct{}{}, Empty{}, &Empty{}, errors.New("e"),
		[]error{}, map[Celsius]*Node{}, new(int), new([]string), func() {}, [][]float32{},
		fmt.Errorf("w %w", errors.New("x")), func(a, b int) (int, error) { return 0, nil },
	}
	for i, v := range vals {
		fmt.Printf("%2d %T\n", i, v)
	}
	var i Iface = Empty{}
	var e error
	fmt.Printf("%T %T %T\n", i, e, nil)
	fmt.Printf("%v %T\n", Handler(nil) == nil, Iface(nil))
	fmt.Printf("%10T|%-10T|\n", 1, "x")
}
