package main

import "fmt"

func main() {
	defer func() { r := recover(); fmt.Printf("%T\n", r) }()
	s := []int{1, 2}
	_ = [3]int(s)
}
