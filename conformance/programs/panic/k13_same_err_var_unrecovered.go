package main

import "errors"

var ErrX = errors.New("x")

func main() {
	defer func() {
		panic(ErrX)
	}()
	panic(ErrX)
}
