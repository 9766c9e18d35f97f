package main

import "fmt"

// Under --jit=auto, main's loops and the functions they call (and their
// deferred functions) are compiled part-way through; every call must
// still return its argument.

var n int

func g() { n++ }

func viaNamed(a int) int {
	defer g()
	return a
}

func viaLiteral(a int) (r int) {
	defer func() { n++ }()
	r = a
	return
}

func viaCapture(a int) int {
	x := 1
	defer func() { n += x }()
	return a
}

func viaEmpty(a int) int {
	defer func() {}()
	return a
}

func main() {
	bad := 0
	for i := 0; i < 3000; i++ {
		if r := viaNamed(i); r != i {
			fmt.Println("viaNamed returned", r, "for", i, "n =", n)
			bad++
		}
	}
	for i := 0; i < 3000; i++ {
		if r := viaLiteral(i); r != i {
			fmt.Println("viaLiteral returned", r, "for", i, "n =", n)
			bad++
		}
	}
	for i := 0; i < 3000; i++ {
		if r := viaCapture(i); r != i {
			fmt.Println("viaCapture returned", r, "for", i, "n =", n)
			bad++
		}
	}
	for i := 0; i < 3000; i++ {
		if r := viaEmpty(i); r != i {
			fmt.Println("viaEmpty returned", r, "for", i, "n =", n)
			bad++
		}
	}
	fmt.Println("bad results:", bad, "n =", n)
}
