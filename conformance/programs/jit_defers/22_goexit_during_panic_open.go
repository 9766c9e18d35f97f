package main

import (
	"fmt"
	"runtime"
)

// a panic unwinds open-coded frames; a deferred call calls Goexit, which
// ends the panic and runs the remaining defers (recover sees nil).
func inner() {
	defer fmt.Println("inner: defer 1")
	defer func() {
		fmt.Println("inner: calling Goexit while panicking")
		runtime.Goexit()
	}()
	defer fmt.Println("inner: defer 3")
	panic("will be cut short")
}

func outer() {
	defer func() {
		fmt.Println("outer: recover =", recover())
	}()
	inner()
}

func main() {
	defer fmt.Println("main: defer")
	outer()
}
