package main

import "fmt"

type Fm struct{ v int }

func (f Fm) Format(s fmt.State, verb rune) {
	w, _ := s.Width()
	fmt.Fprintf(s, "Fm[%c w=%d]", verb, w)
}

func main() {
	fmt.Printf("%5v\n", Fm{1})
}
