package main

import "fmt"

func main() {
	var s string = 5
	var n int
	n = "str"
	fmt.Println(s, n)
}
