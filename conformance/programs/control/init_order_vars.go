package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(x, y, z)
var x, y = pair()
var z = func() int { fmt.Println("init z"); return 100 }()

var registry = map[string]int{}

func f(name string, v int) int {
	fmt.Println("init", name)
	return v
}

func pair() (int, int) {
	fmt.Println("init pair")
	return 10, 20
}

func sum(vs ...int) int {
	fmt.Println("init total", vs)
	s := 0
	for _, v := range vs {
		s += v
	}
	return s
}

func register(name string) int {
	registry[name] = len(registry)
	return len(registry)
}

var r1 = register("first")
var r2 = register("second")

func init() {
	fmt.Println("init() #1", a, b, c, d, total)
	d *= 2
}

func init() {
	fmt.Println("init() #2", d, registry)
	register("from init")
}

var late = f("late", d)

func main() {
	fmt.Println("main", a, late, r1, r2, len(registry))
}

func init() {
	fmt.Println("init() #3", registry["from init"])
}
