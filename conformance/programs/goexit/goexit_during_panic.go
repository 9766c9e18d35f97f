package main

import (
	"fmt"
	"runtime"
)

// Calling Goexit from a deferred call while panicking abandons the panic:
// later deferred calls find nothing to recover.
func main() {
	defer fmt.Println("outermost defer")
	defer func() {
		fmt.Println("recover after Goexit:", recover())
	}()
	defer func() {
		fmt.Println("deferred call calls Goexit")
		runtime.Goexit()
		fmt.Println("never printed")
	}()
	panic("this panic is never reported")
}
