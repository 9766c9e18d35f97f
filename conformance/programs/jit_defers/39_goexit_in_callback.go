package main

import (
	"fmt"
	"runtime"
	"strings"
)

func cb(r rune) rune {
	defer fmt.Println("cb defer", string(r))
	if r == 'c' {
		runtime.Goexit()
	}
	return r
}

func run() {
	defer func() {
		fmt.Println("run defer, recover =", recover())
	}()
	fmt.Println(strings.Map(cb, "abcd"))
	fmt.Println("never")
}

func main() {
	defer fmt.Println("main defer")
	run()
}
