package main

import "fmt"

type T struct{ Name string }

func (t T) Name() string { return "x" }

func main() {
	fmt.Println(T{})
}
