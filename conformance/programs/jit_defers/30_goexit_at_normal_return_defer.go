package main

import (
	"fmt"
	"runtime"
)

// Goexit from a deferred call that runs at a normal return: the frame's
// remaining defers and the callers' defers run, recover is nil.
func f() (n int) {
	defer fmt.Println("f: defer 1, n at defer time", n)
	defer func() {
		fmt.Println("f: defer 2, n =", n, "recover =", recover())
		n = 20
	}()
	defer func() {
		fmt.Println("f: defer 3 calls Goexit, n =", n)
		runtime.Goexit()
	}()
	defer func() { n++ }()
	return 10
}

func g() {
	defer func() {
		fmt.Println("g: recover =", recover())
	}()
	x := f()
	fmt.Println("never", x)
}

func main() {
	defer fmt.Println("main: deferred")
	for i := 0; i < 2; i++ {
		defer fmt.Println("main: loop defer", i)
	}
	g()
}
