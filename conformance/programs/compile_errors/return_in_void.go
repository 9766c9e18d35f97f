package main

import "fmt"

func hello() {
	fmt.Println("hi")
	return 1
}

func main() {
	hello()
}
