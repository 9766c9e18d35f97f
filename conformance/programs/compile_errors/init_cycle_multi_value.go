package main

// An initialization cycle through the second variable of a multi-valued
// initializer (b = f() refers to c, c to b).

var (
	a, b = f()
	c    = b
)

func f() (int, int) {
	return c, c
}

var x, y = 1, g()

func g() int { return y }

func main() {}
