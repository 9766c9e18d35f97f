package main

import "fmt"

type I interface{ M() }

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var i I
	defer i.M()
	fmt.Println("after defer")
}
