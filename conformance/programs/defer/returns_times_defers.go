package main

import "fmt"

// 3 defers x 5 returns = 15: still open-coded.
func fifteen(n int) (s string) {
	defer func() { s += "a" }()
	defer func() { s += "b" }()
	defer func() { s += "c" }()
	if n == 1 {
		return "one:"
	}
	if n == 2 {
		return "two:"
	}
	if n == 3 {
		return "three:"
	}
	if n == 4 {
		return "four:"
	}
	return "other:"
}

// 2 defers x 8 returns = 16: not open-coded (stack-allocated).
func sixteen(n int) (s string) {
	defer func() { s += "x" }()
	defer func() { s += "y" }()
	if n == 1 {
		return "1:"
	}
	if n == 2 {
		return "2:"
	}
	if n == 3 {
		return "3:"
	}
	if n == 4 {
		return "4:"
	}
	if n == 5 {
		return "5:"
	}
	if n == 6 {
		return "6:"
	}
	if n == 7 {
		return "7:"
	}
	return "8:"
}

// Returns inside a nested closure do not count for the outer function.
func closureReturns(n int) (s string) {
	defer func() { s = "[" + s + "]" }()
	defer func() { s += "!" }()
	f := func(k int) string {
		if k == 0 {
			return "zero"
		} else if k == 1 {
			return "one"
		} else if k == 2 {
			return "two"
		} else if k == 3 {
			return "three"
		} else if k == 4 {
			return "four"
		} else if k == 5 {
			return "five"
		}
		return "many"
	}
	s = f(n)
	return
}

func main() {
	for n := 0; n <= 8; n++ {
		fmt.Println(fifteen(n), sixteen(n), closureReturns(n))
	}
}
