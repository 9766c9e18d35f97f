package main

import "fmt"

var depth int

func trace(name string) func() {
	depth++
	fmt.Printf("%*senter %s\n", depth*2, "", name)
	return func() {
		fmt.Printf("%*sexit %s\n", depth*2, "", name)
		depth--
	}
}

func leaf(n int) {
	defer trace(fmt.Sprint("leaf", n))()
	if n == 2 {
		panic("leaf2 failed")
	}
}

func mid() {
	defer trace("mid")()
	for i := 0; i < 3; i++ {
		leaf(i)
	}
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover(), "depth", depth)
	}()
	defer trace("main")()
	mid()
}
