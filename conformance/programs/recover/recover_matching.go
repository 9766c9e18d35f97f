package main

import "fmt"

// recover only succeeds when called by a deferred function that was
// called directly by the panic. A defer registered inside a deferred
// function runs when that function returns, not from the panic.
func main() {
	defer func() {
		r := recover()
		fmt.Println("outer defer recovered:", r)
	}()
	defer func() {
		defer func() {
			r := recover()
			fmt.Println("inner nested defer recovered:", r)
		}()
		fmt.Println("middle defer running")
	}()
	panic("panic1")
}
