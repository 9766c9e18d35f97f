package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) {
	fmt.Println("leave", s)
}

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println("in b")
	a()
}

func counter() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer fmt.Println("deferred x =", x)
	x = 3
	defer func() { fmt.Println("closure x =", x) }()
	x = 4
	fmt.Println("body x =", x)
}

func sideEffects() {
	n := 0
	next := func() int { n++; fmt.Println("eval", n); return n }
	defer fmt.Println("args:", next(), next())
	defer func(a, b int) { fmt.Println("params:", a, b) }(next(), next())
	fmt.Println("body done, n =", n)
}

func main() {
	b()
	counter()
	sideEffects()
	for i := 0; i < 3; i++ {
		defer fmt.Println("main loop defer", i)
	}
	fmt.Println("main end")
}
