package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("recover during goexit:", recover())
	}()
	defer fmt.Println("deferred 2")
	runtime.Goexit()
	fmt.Println("unreachable")
}
