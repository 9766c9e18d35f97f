package main

import "fmt"

type I interface{ M() }

func main() {
	var i I
	defer fmt.Println("deferred print")
	defer i.M()
	fmt.Println("after defer")
}
