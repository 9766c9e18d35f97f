package main

import "fmt"

type Node struct {
	Name     string
	Children []*Node
}

func main() {
	a := Node{Name: "a"}
	b := Node{Name: "b"}
	fmt.Println(a == b)
}
