package main

import (
	"fmt"
	"runtime"
)

func f() {
	defer func() { fmt.Println("recover:", recover()) }()
	defer func() {
		defer func() { recover(); panic("C") }()
		panic("B")
	}()
	runtime.Goexit()
	fmt.Println("f unreachable")
}

func main() {
	f()
	fmt.Println("main after f: should be unreachable")
}
