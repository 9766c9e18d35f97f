package main

import "fmt"

func hello() {
	fmt.Println("hi")
}

func main() {
	x := hello()
	fmt.Println(x)
}
