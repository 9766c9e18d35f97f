package main

import (
	"fmt"
	"runtime"
)

func f() {
	defer func() { fmt.Println("r2:", recover()) }()
	defer func() { panic("D") }()
	defer func() { fmt.Println("r1:", recover()) }()
	defer func() { panic("C") }()
	runtime.Goexit()
}

func main() {
	f()
	fmt.Println("main after f: should be unreachable")
}
