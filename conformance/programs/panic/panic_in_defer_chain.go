package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		fmt.Println("outer recovered:", recover())
		fmt.Fprintln(os.Stderr, "about to panic again")
		panic(fmt.Sprintf("final %d", 3))
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
