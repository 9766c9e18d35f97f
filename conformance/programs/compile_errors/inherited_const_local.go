package main

import "fmt"

func main() {
	v := 10
	const (
		a = v
		b
		c
	)
	fmt.Println(a, b, c)
}
