package main

import "fmt"

func main() {
	x := 3
	c := 2i
	fmt.Println(x, c)
}
