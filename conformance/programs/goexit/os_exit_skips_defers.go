package main

import (
	"fmt"
	"os"
)

func cleanup() {
	fmt.Println("never printed: os.Exit runs no deferred calls")
}

func run() int {
	defer fmt.Println("run's defer runs: run returns normally")
	for i := 0; i < 2; i++ {
		defer fmt.Println("run's loop defer", i)
	}
	fmt.Println("run body")
	return 4
}

func main() {
	defer cleanup()
	func() {
		defer fmt.Println("inner function defer runs normally")
	}()
	code := run()
	fmt.Fprintln(os.Stderr, "to stderr before exit")
	os.Exit(code)
}
