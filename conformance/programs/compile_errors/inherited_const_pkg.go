package main

import "fmt"

const (
	a = undefinedX
	b
)

func main() {
	fmt.Println(a, b)
}
