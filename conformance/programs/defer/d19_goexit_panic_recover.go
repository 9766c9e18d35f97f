package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("outer deferred")
	defer func() {
		defer func() {
			fmt.Println("recovered in nested:", recover())
		}()
		panic("panic during goexit")
	}()
	runtime.Goexit()
}
