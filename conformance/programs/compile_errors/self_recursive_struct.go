package main

import "fmt"

type T struct {
	val  int
	next T
}

func main() {
	fmt.Println(T{}.val)
}
