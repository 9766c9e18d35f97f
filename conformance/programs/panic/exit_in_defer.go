package main

import (
	"fmt"
	"os"
)

func cleanup() {
	fmt.Println("cleanup")
	fmt.Fprintln(os.Stderr, "fatal: giving up")
	os.Exit(4)
}

func main() {
	defer fmt.Println("never printed")
	defer cleanup()
	fmt.Println("working")
	panic("boom")
}
