package main

import "fmt"

type P struct{ x int }

var zero int
var nilP *P
var short = []int{1, 2, 3}
var nilMap map[string]int
var iface interface{} = "str"

// Each function assigns its named results in the same straight-line code
// that then faults; after the recover the results hold what was assigned
// before the fault.

func idx(a int) (r int, s int) {
	defer func() { recover() }()
	r = a * 2
	s = r + 1
	r = r + short[a]
	s = -1
	return
}

func div(a int) (r int) {
	defer func() { recover() }()
	r = a + 40
	r = r / zero
	return
}

func deref(a int) (r int, q int) {
	defer func() { recover() }()
	r = a
	q = 7
	r = nilP.x + a
	return
}

func assert(a int) (r int, s string) {
	defer func() { recover() }()
	r = a * 3
	s = "before"
	r += iface.(int)
	return
}

func slice(a int) (r []int, n int) {
	defer func() { recover() }()
	n = a + 1
	r = short[1:2]
	r = short[a:n]
	return
}

func mapw(a int) (r int) {
	defer func() { recover() }()
	r = a - 1
	nilMap["k"] = r
	r = 0
	return
}

func shift(a int) (r int) {
	defer func() { recover() }()
	r = 1 << 3
	r += a
	r = r << (zero - 1)
	return
}

func loopy(a int) (r int) {
	defer func() { recover() }()
	for i := 0; i < 10; i++ {
		r += i
		r += short[i]
	}
	return
}

func main() {
	for k := 0; k < 2; k++ {
		fmt.Println(idx(1))
		fmt.Println(idx(5))
		fmt.Println(div(2))
		fmt.Println(deref(4))
		fmt.Println(assert(5))
		fmt.Println(slice(1))
		fmt.Println(slice(3))
		fmt.Println(mapw(9))
		fmt.Println(shift(2))
		fmt.Println(loopy(0))
	}
	s := 0
	for i := 0; i < 2000; i++ {
		a, b := idx(i % 5)
		c, _ := deref(i)
		s += a + b + div(i) + c + mapw(i) + shift(i) + loopy(i)
	}
	fmt.Println("sum", s)
}
