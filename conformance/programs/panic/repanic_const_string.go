package main

import "fmt"

// Two panics with the same string constant share one interface value.
func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic("constant message")
	}()
	panic("constant message")
}
