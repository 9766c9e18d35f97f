package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("last")
	defer func() {
		r := recover()
		panic(fmt.Sprint("B after ", r))
	}()
	defer func() { panic("A") }()
	runtime.Goexit()
}
