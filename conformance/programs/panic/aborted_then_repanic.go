package main

import "fmt"

// The first panic is aborted by a panic in a deferred call; the second is
// recovered and re-panicked with the same value.
func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	defer func() {
		fmt.Println("deferred call panics")
		panic("second")
	}()
	panic("first")
}
