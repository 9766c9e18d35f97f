package main

import "fmt"

const N = 2 - 5

func main() {
	var a [N]int
	fmt.Println(a)
}
