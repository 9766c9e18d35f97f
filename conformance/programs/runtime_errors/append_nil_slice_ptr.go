package main

import "fmt"

type Stack struct{ data []string }

func (s *Stack) Push(v string) { s.data = append(s.data, v) }

func (s *Stack) Pop() string {
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v
}

func main() {
	s := &Stack{}
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Pop(), s.Pop())
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			err, ok := r.(error)
			fmt.Println(ok, err.Error())
			var sp *Stack
			sp.Push("x")
		}
	}()
	s.Pop()
}
