package main

import (
	"fmt"
	"runtime"
)

func leaf(n int) {
	defer fmt.Println("leaf defer, recover =", recover())
	defer func() {
		fmt.Println("leaf closure, recover =", recover())
	}()
	if n > 0 {
		runtime.Goexit()
	}
	fmt.Println("leaf not exiting")
}

func heapFrame() {
	for i := 0; i < 2; i++ {
		defer fmt.Println("heap loop defer", i)
	}
	leaf(1)
	fmt.Println("never: heapFrame")
}

func mid(x int) (r int) {
	defer func() {
		fmt.Println("mid defer, r =", r, "recover =", recover())
	}()
	if x > 1 {
		defer fmt.Println("mid conditional defer")
	}
	leaf(0)
	heapFrame()
	return 7
}

func main() {
	defer fmt.Println("main defer 1")
	defer func() {
		fmt.Println("main defer 2")
	}()
	fmt.Println("mid =", mid(5))
}
