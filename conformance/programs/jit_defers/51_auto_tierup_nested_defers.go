package main

import "fmt"

// Two open-coded functions, the outer calling the inner; both are
// compiled by --jit=auto at about the same call; the inner's deferred
// literal appends to a global slice.

var s []string

func inner(a int) int {
	defer func() { s = append(s, "x") }()
	return a
}

func outer(i int) int {
	defer func() {}()
	return inner(i)
}

func main() {
	bad := 0
	for i := 0; i < 1500; i++ {
		s = s[:0]
		if r := outer(i); r != i {
			bad++
		}
	}
	fmt.Println("bad", bad, "len", len(s))
}
