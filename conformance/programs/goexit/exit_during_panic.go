package main

import (
	"fmt"
	"os"
)

// os.Exit in a deferred call while panicking: the panic is never reported
// and the remaining deferred calls do not run.
func main() {
	defer fmt.Println("never printed")
	defer func() {
		fmt.Println("deferred call exits with 5")
		os.Exit(5)
	}()
	defer fmt.Println("runs first")
	panic("silently dropped")
}
