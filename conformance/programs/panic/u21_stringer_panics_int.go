package main

import "fmt"

type S struct{}

func (S) String() string { panic(42) }

func main() {
	defer fmt.Println("deferred runs before print")
	panic(S{})
}
