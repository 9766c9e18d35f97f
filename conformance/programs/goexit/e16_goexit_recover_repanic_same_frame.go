package main

import (
	"fmt"
	"runtime"
)

func f() {
	defer func() { fmt.Println("r2:", recover()) }()
	defer func() {
		r := recover()
		fmt.Println("r1:", r)
		panic(fmt.Sprint("re-", r))
	}()
	defer func() { panic("C") }()
	runtime.Goexit()
}

func main() {
	f()
	fmt.Println("main after f: should be unreachable")
}
