package main

import (
	"fmt"
	"runtime"
)

var count int

// Goexit at recursion depth 1100; every frame has open-coded defers, some
// of which recover (always nil during Goexit).
func dive(d int) {
	defer func() {
		count++
		if r := recover(); r != nil {
			fmt.Println("unexpected recover", r)
		}
		if d%250 == 0 {
			fmt.Println("unwound", d, "count", count)
		}
	}()
	if d == 1100 {
		runtime.Goexit()
	}
	dive(d + 1)
}

func main() {
	defer func() {
		fmt.Println("main defer, count", count)
	}()
	dive(0)
}
