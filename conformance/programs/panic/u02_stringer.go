package main

import "fmt"

type S struct{ a int }

func (s S) String() string { return fmt.Sprintf("S<%d>", s.a) }

func main() {
	panic(S{4})
}
