package main

import "fmt"

func main() {
	iota := 10
	const (
		a = iota
		b
	)
	fmt.Println(a, b)
}
