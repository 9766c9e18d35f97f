package main

import "fmt"

func main() {
	fmt.Println("before select")
	select {
	default:
		fmt.Println("default case")
	}
}
