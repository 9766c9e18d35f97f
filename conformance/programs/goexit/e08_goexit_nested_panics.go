package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main last")
	defer func() {
		fmt.Println("recover A:", recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("recover B:", recover())
			panic("C")
		}()
		panic("B")
	}()
	defer func() {
		fmt.Println("about to goexit while panicking A")
		runtime.Goexit()
	}()
	panic("A")
}
