// Array and slice literals whose elements are mostly implicit zeros:
// large ones cost what their explicit elements cost (gust makes the
// zeroed memory, then stores those), elements are still evaluated in
// source order whatever their indexes, a panic in one is recovered
// with the literal unfinished, and pointers, strings and nested
// literals stored this way survive collections.
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	name string
	p    *int
}

var sink []byte
var order []int

func f(i int) int {
	order = append(order, i)
	return i * 10
}

func boom() int { panic("element panics") }

func main() {
	big := []byte{1 << 24: 1, 7: 7}
	sink = big
	fmt.Println(len(big), cap(big), big[7], big[1<<24], big[100])

	a := [1 << 22]int{3: 1, 1<<22 - 1: 2}
	a[5] = 5
	fmt.Println(len(a), a[3], a[5], a[1<<22-1], a[4])

	var v = [...]string{99: "last", 10: "ten"}
	fmt.Println(len(v), v[10], v[99], v[50] == "")
	var w [200]int = [200]int{150: 150}
	fmt.Println(w[150], w[149])

	// Source order, not index order.
	s := []int{500: f(500), 2: f(2), 300: f(300), 3: f(3)}
	fmt.Println(len(s), s[2], s[3], s[300], s[500], order)
	order = nil
	arr := [400]int{399: f(399), 0: f(0), 200: f(200)}
	fmt.Println(arr[0], arr[200], arr[399], order)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p := []int{1000: f(1), 3: boom()}
		fmt.Println("unreachable", len(p))
	}()

	// References stored into the zeroed memory.
	n := 42
	ts := []T{300: {"three hundred", &n}, 5: {name: "five"}}
	ptrs := []*int{700: &n}
	strs := [129]string{128: fmt.Sprint("s", n)}
	runtime.GC()
	fmt.Println(len(ts), ts[300].name, *ts[300].p, ts[5].name, ts[5].p == nil, *ptrs[700], ptrs[0] == nil, strs[128])

	// &[N]T{...}, elided element types, arrays of arrays.
	pa := &[300]int{7: 7}
	pp := []*[100]int{70: {5: 1}}
	grid := [100][100]int{50: {50: 1}}
	nested := [][]int{100: {1, 2}}
	runtime.GC()
	fmt.Println(pa[7], len(pa), pp[70][5], pp[0] == nil, grid[50][50], grid[49][50], nested[100], nested[0] == nil)

	// A new variable per iteration; closures capture it.
	var keep []*[100]int
	var fs []func() int
	for i := range 3 {
		x := [100]int{99: i + 1}
		x[i] = i + 1
		keep = append(keep, &x)
		fs = append(fs, func() int { return x[i] })
	}
	fmt.Println(keep[0][0], keep[1][1], keep[2][2], keep[0] != keep[1], fs[0](), fs[1](), fs[2]())

	// The literal sees an outer variable of the same name.
	x := [100]int{1: 5}
	{
		x := [100]int{2: x[1] * 2}
		fmt.Println(x[2], x[1])
	}
	fmt.Println(x[1])
}
