package main

import (
	"errors"
	"fmt"
)

// A new error with the same text is a different value: both are printed.
func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(errors.New("same text"))
	}()
	panic(errors.New("same text"))
}
