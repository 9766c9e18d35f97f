package main

import "fmt"

// Lazy functions: inline code only, so native calls of them push no
// frame header until a cold path needs one.

var table = []int{1, 2, 3, 4, 5}

func pick(i, depth int) int {
	if depth == 0 {
		return table[i] // out of range when i >= 5
	}
	return pick(i, depth-1) + 1
}

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return sum(n-1) + n
}

func div(a, b, depth int) int {
	if depth == 0 {
		return a / b
	}
	return div(a, b, depth-1)
}

var calls int

func eagerly(i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	calls++
	return pick(i, 20)
}

func mixed(n int) int {
	if n == 0 {
		return eagerly(7)
	}
	return mixed(n-1) + 1
}

func main() {
	for i := 0; i < 8; i++ {
		fmt.Println(i, eagerly(i))
	}
	// Deeper than the native stack budget: the lazy chain is written out
	// when a call falls back to the runtime, then unwinds normally.
	fmt.Println(sum(100000))
	fmt.Println(sum(100000))
	fmt.Println(mixed(30))
	defer func() {
		fmt.Println("main recovered:", recover())
		fmt.Println(div(7, 0, 5))
	}()
	fmt.Println(div(7, 2, 50), calls)
	fmt.Println(div(1, 0, 50))
}
