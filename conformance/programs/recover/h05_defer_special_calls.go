package main

import (
	"fmt"
	"runtime"
)

func a() {
	defer func() { fmt.Println("a:", recover()) }()
	defer panic(nil)
	fmt.Println("a body")
}

func b() {
	defer fmt.Println("b outer defer")
	defer runtime.Goexit()
	fmt.Println("b body")
}

func main() {
	a()
	defer fmt.Println("main defer")
	b()
	fmt.Println("main unreachable")
}
