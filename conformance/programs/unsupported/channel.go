package main

import "fmt"

func main() {
	fmt.Println("before")
	var ch chan int
	fmt.Println(ch == nil)
}
