package main

import "fmt"

func main() {
	type G[T any] struct{ v T }
	fmt.Println(G[int]{1})
}
