package main

import "fmt"

type G struct{}

func (G) M() { fmt.Println("inner recover:", recover()) }

type I interface{ M() }

func main() {
	defer func() { fmt.Println("outer recover:", recover()) }()
	var i I = &G{}
	defer i.M()
	panic("p")
}
