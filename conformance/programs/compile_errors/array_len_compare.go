package main

import "fmt"

func main() {
	var a [2]int
	var b [3]int
	fmt.Println(a == b)
}
