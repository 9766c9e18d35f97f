package main

import "fmt"

// A loop that --jit=auto compiles mid-run (on-stack replacement) calls a
// function with two open-coded deferred literals; its result must be its
// argument every time.

var n int

func f(a int) (r int) {
	defer func() { n++ }()
	defer func() { n++ }()
	return r + a
}

func loop(k int) (s int, bad int) {
	for i := 0; i < k; i++ {
		v := f(i)
		if v != i {
			if bad < 3 {
				fmt.Println("f returned", v, "for", i)
			}
			bad++
		}
		s += v
	}
	return
}

func main() {
	s, bad := loop(3000)
	fmt.Println("sum", s, "bad", bad, "n", n)
}
