// Keyed composite literal elements are evaluated in source order, then
// laid out by key (Go's issue17640.go): arrays, slices, structs, nested
// literals and literals whose element values are themselves keyed.
package main

import "fmt"

var trace []string

func f(x int) int {
	trace = append(trace, fmt.Sprint(x))
	return x
}

func s(x string) string {
	trace = append(trace, x)
	return x
}

type TwoInts struct{ x, y int }

type Big struct {
	a string
	b [2]int
	c TwoInts
	d []int
}

func show(label string, v any) {
	fmt.Println(label, v, trace)
	trace = nil
}

func main() {
	show("array", [19]int{1: f(1), 0: f(0), 2: f(2), 6, 7})
	show("pair", [2]int{1: f(4), 0: f(3)})
	show("struct", TwoInts{y: f(6), x: f(5)})
	show("slice", []int{3: f(3), 1: f(1), f(2), 0: f(0)})
	show("sparse", []int{5: f(5), 2: f(2)})
	show("strings", [...]string{2: s("c"), 0: s("a"), s("b")})
	show("nested", [2]TwoInts{1: {y: f(4), x: f(3)}, 0: {f(1), f(2)}})
	show("big", Big{d: []int{1: f(9), 0: f(8)}, c: TwoInts{y: f(7)}, b: [2]int{1: f(6), 0: f(5)}, a: s("a")})
	ps := []*TwoInts{1: {f(2), f(3)}, 0: {f(0), f(1)}}
	show("ptrs", [2]TwoInts{*ps[0], *ps[1]})
	show("map", map[int]int{f(f(9) + 1): f(8), 0: f(7), f(22): -1})
	show("inorder", [4]int{0: f(0), 2: f(2), 3: f(3)})
	x := 10
	arr := [3]int{2: x, 0: f(x + 1), 1: func() int { x++; return x }()}
	show("closure", arr)
}
