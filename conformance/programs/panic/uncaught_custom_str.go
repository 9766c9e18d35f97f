package main

import "fmt"

type Level string

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2 sees nothing to recover? no, recovers nothing here")
	}()
	panic(Level("fatal\nline2"))
}
