package main

import (
	"fmt"
	"os"
)

type cleanup struct{ name string }

func (c cleanup) run() { fmt.Println("cleanup", c.name) }

func process(items []string) int {
	defer cleanup{"process"}.run()
	for i, it := range items {
		if it == "" {
			fmt.Fprintln(os.Stderr, "error: empty item at", i)
			return i
		}
	}
	return -1
}

func main() {
	defer fmt.Println("main deferred: never printed")
	bad := process([]string{"a", "b", "", "d"})
	fmt.Println("bad index", bad)
	func() {
		defer fmt.Println("inner defer runs before exit? no")
		if bad >= 0 {
			fmt.Print("exiting with code ", bad+1, "\n")
			os.Exit(bad + 1)
		}
	}()
	fmt.Println("unreachable")
}
