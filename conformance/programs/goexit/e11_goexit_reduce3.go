package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() { fmt.Println("recover:", recover()) }()
	defer func() { panic("C") }()
	defer func() { runtime.Goexit() }()
	panic("A")
}
