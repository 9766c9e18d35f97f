package main

import "fmt"

type I interface{ M() }

type T struct{}

func (T) M() { fmt.Println("M") }

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var i I
	f := i.M
	fmt.Println("method value created", f != nil)
	f()
}
