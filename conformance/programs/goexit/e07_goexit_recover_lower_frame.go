package main

import (
	"fmt"
	"runtime"
)

func inner() {
	defer fmt.Println("inner defer")
	runtime.Goexit()
}

func outer() (res string) {
	defer fmt.Println("outer first-registered defer, res =", res)
	defer func() {
		r := recover()
		res = fmt.Sprint("recovered ", r)
		fmt.Println("outer recovered:", r)
	}()
	defer func() { panic("x during goexit") }()
	inner()
	return "normal"
}

func main() {
	defer fmt.Println("main defer")
	fmt.Println("outer returned:", outer())
	fmt.Println("after outer")
}
