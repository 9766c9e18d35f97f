package main

import (
	"fmt"
	"runtime"
)

func f() {
	defer fmt.Println("f last defer")
	defer func() {
		defer func() { fmt.Println("nested recover:", recover()) }()
		panic("B")
	}()
	runtime.Goexit()
}

func main() {
	f()
	fmt.Println("main after f: should be unreachable")
}
