package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("outer")
	defer func() {
		fmt.Println("recover:", recover())
	}()
	defer func() {
		runtime.Goexit()
	}()
	panic("original")
}
