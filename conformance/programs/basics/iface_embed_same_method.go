package main

import "fmt"

type A interface{ M() string }

type B interface {
	A
	M() string
}

type C interface {
	A
	B
}

type T struct{}

func (T) M() string { return "T.M" }

func main() {
	var c C = T{}
	var b B = c
	fmt.Println(c.M(), b.M())
}
