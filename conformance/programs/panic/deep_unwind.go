package main

import "fmt"

var unwound int

func frame(depth int) {
	defer func() {
		unwound++
		if depth%10 == 0 {
			fmt.Println("unwinding frame", depth, "total", unwound)
		}
	}()
	if depth == 50 {
		panic(fmt.Sprintf("deep panic at depth %d", depth))
	}
	frame(depth + 1)
}

func main() {
	defer func() {
		fmt.Println("main defer: unwound", unwound, "frames")
	}()
	frame(0)
}
