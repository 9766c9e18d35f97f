package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("outer")
	defer func() {
		fmt.Println("calling Goexit while panicking")
		runtime.Goexit()
	}()
	panic("original")
}
