package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() { panic(errors.New("final error")) }()
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer func() { panic(42) }()
	panic("first")
}
