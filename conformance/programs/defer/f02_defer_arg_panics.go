package main

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	s := []int{1, 2, 3}
	i := 10
	defer fmt.Println("first defer")
	defer fmt.Println("never registered", s[i])
	fmt.Println("unreachable")
}
