package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func main() {
	Stack{}.Push(1)
	fmt.Println("x")
}
