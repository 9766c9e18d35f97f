package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(x, y)

var x = f("x", 10)
var y = f("y", 20)

var e, g = two()

func f(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func sum(p, q int) int {
	fmt.Println("sum", p, q)
	return p + q
}

func two() (int, int) {
	fmt.Println("two")
	return 4, 5
}

func init() {
	fmt.Println("init 1: a =", a, "total =", total)
}

func init() {
	fmt.Println("init 2")
	d *= 2
}

func main() {
	fmt.Println("main", a, b, c, d, total, x, y, e, g)
}
