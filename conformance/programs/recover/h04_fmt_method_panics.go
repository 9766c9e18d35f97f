package main

import (
	"errors"
	"fmt"
)

type S struct{ n int }

func (s *S) String() string {
	if s.n < 0 {
		panic("negative")
	}
	return fmt.Sprint("S", s.n)
}

type E struct{}

func (E) Error() string { panic(errors.New("err in Error")) }

type N struct{ p *int }

func (n N) String() string { return fmt.Sprint(*n.p) }

func main() {
	fmt.Println(&S{1}, &S{-1})
	var sp *S
	fmt.Println(sp)
	fmt.Printf("%v|%s|%d\n", &S{-2}, &S{-3}, &S{-4})
	fmt.Println(E{})
	fmt.Printf("%v\n", N{})
	err := fmt.Errorf("wrap %w", E{})
	fmt.Println(err)
}
