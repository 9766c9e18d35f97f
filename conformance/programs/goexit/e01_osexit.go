package main

import (
	"fmt"
	"os"
)

func cleanup() { fmt.Println("never") }

func main() {
	defer cleanup()
	defer func() {
		fmt.Println("in defer, exiting 3")
		os.Exit(3)
	}()
	fmt.Println("body")
	panic("will be cut short by os.Exit in defer")
}
