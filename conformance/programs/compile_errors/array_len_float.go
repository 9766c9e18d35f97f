package main

import "fmt"

func main() {
	const c = 1.5
	var arr [c]int
	fmt.Println(arr)
}
