package main

import "fmt"

func main() {
	const name = "x"
	var n int = len(name) + name
	fmt.Println(n)
}
