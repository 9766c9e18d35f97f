package main

import "fmt"

var (
	a = b + c
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(table...)

var table = []int{a, b, c, d}

var registry = map[string]int{}

func f(name string, v int) int {
	fmt.Println("init", name)
	return v
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println("sum called with", len(xs))
	return t
}

func init() {
	fmt.Println("init 1: total =", total)
	registry["one"] = 1
}

func init() {
	fmt.Println("init 2: registry =", registry)
	registry["two"] = 2
}

var last = func() string {
	fmt.Println("last initializer")
	return "done"
}()

func main() {
	fmt.Println("main", a, b, c, d, total, table, last, len(registry))
}
