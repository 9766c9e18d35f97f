package main

import (
	"errors"
	"fmt"
)

var ErrSentinel = errors.New("sentinel failure")

// Re-panicking with the same interface value (same type and same data
// pointer) is reported as [recovered, repanicked].
func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, r == ErrSentinel)
		panic(ErrSentinel)
	}()
	panic(ErrSentinel)
}
