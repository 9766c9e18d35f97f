package main

import "fmt"

// f's two open-coded defers call a named function with an argument. Under
// --jit=auto, g is compiled first (two calls per f call), then f and
// drive; the first native runs of f must not disturb f's result or the
// caller's locals.

var n int

func g(x int) { n += x }

func f(a int) (r int) {
	defer g(1)
	defer g(1)
	return r + a
}

var reports int

func drive(i int) {
	n0 := n
	v := f(i)
	if v != i || n != n0+2 {
		reports++
		if reports <= 3 {
			fmt.Println("drive", i, "got", v, "n grew by", n-n0)
		}
	}
}

func main() {
	for i := 0; i < 1500; i++ {
		drive(i)
	}
	fmt.Println("reports", reports, "n", n)
}
