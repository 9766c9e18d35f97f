package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() { fmt.Println("recover:", recover()) }()
	defer func() {
		defer func() { recover(); panic("C") }()
		panic("B")
	}()
	runtime.Goexit()
}
