package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "fatal: %v\n", r)
			os.Exit(4)
		}
	}()
	var m map[string][]int
	m["k"] = append(m["k"], 1)
}
