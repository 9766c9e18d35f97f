package main

import (
	"fmt"
	"runtime"
)

var depthLog []int

func descend(n int) int {
	defer func() {
		depthLog = append(depthLog, n)
		fmt.Println("unwinding", n, "log", depthLog)
	}()
	if n == 3 {
		for i := 0; i < 2; i++ {
			defer fmt.Println("loop defer", i, "at depth", n)
		}
		runtime.Goexit()
	}
	return descend(n+1) + 1
}

func main() {
	defer fmt.Println("main's defer runs last")
	fmt.Println("result:", descend(0))
	fmt.Println("never printed")
}
