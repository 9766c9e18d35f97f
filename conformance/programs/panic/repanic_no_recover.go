package main

import (
	"errors"
	"fmt"
)

var ErrX = errors.New("x failed")

// The deferred call panics with the same value while the first panic is
// still running (not recovered): the chain collapses to one line.
func main() {
	defer func() {
		fmt.Println("defer re-panics without recover")
		panic(ErrX)
	}()
	panic(ErrX)
}
