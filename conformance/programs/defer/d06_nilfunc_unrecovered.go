package main

import "fmt"

func main() {
	var fn func(int)
	defer fmt.Println("printed")
	defer fn(3)
	fmt.Println("body")
}
