package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("first registered")
	defer func() {
		fmt.Println("second goexit")
		runtime.Goexit()
	}()
	defer fmt.Println("third")
	runtime.Goexit()
}
