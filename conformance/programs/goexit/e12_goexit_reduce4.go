package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() { fmt.Println("recover:", recover()) }()
	defer func() {
		defer func() { fmt.Println("inner recover:", recover()); panic("C") }()
		panic("B")
	}()
	defer func() { runtime.Goexit() }()
	panic("A")
}
