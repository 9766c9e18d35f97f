package main

import "fmt"

type state struct{ steps []string }

func (s *state) add(x string) { s.steps = append(s.steps, x) }

func inner(s *state, xs []int, i int) int {
	defer s.add("inner")
	return xs[i]
}

func middle(s *state, xs []int, i int) (v int) {
	defer func() {
		r := recover()
		s.add(fmt.Sprint("middle saw: ", r))
		if r != nil {
			panic(r) // the same runtime error value again
		}
	}()
	return inner(s, xs, i) * 2
}

func main() {
	s := &state{}
	defer func() {
		fmt.Println(s.steps)
	}()
	fmt.Println(middle(s, []int{1, 2, 3}, 1))
	fmt.Println(middle(s, []int{1, 2, 3}, 7))
}
