package main

import "fmt"

func main() {
	var x int
	x = nil
	fmt.Println(x)
}
