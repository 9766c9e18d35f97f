package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("last")
	defer func() { panic("B") }()
	defer func() { panic("A") }()
	runtime.Goexit()
}
