package main

import (
	"fmt"
	"runtime"
)

func inner() {
	defer fmt.Println("inner defer")
	runtime.Goexit()
	fmt.Println("inner unreachable")
}

func outer() {
	defer func() {
		fmt.Println("outer defer, recover =", recover())
	}()
	inner()
	fmt.Println("outer unreachable")
}

func main() {
	defer fmt.Println("main defer")
	outer()
	fmt.Println("main unreachable")
}
