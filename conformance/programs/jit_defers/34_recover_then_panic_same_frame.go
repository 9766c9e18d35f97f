package main

import "fmt"

// defers A (recovers), B (panics), C (recovers), D (panics); the body
// panics too. D's panic replaces the body's, C recovers it, the frame's
// remaining defers run at its deferreturn, B panics again and A recovers.
func f() (steps string) {
	defer func() { // A
		r := recover()
		steps += fmt.Sprint(" A:", r)
	}()
	defer func() { // B
		steps += " B"
		panic("from B")
	}()
	defer func() { // C
		r := recover()
		steps += fmt.Sprint(" C:", r)
	}()
	defer func() { // D
		steps += " D"
		panic("from D")
	}()
	steps = "body"
	panic("from body")
}

func g() (steps string) {
	defer func() {
		steps += fmt.Sprint(" g-outer:", recover())
	}()
	steps = f()
	steps += " | f returned"
	panic("from g")
}

func main() {
	fmt.Println(f())
	fmt.Println(g())
}
