package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	inc, reset := counter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())
	a := adder(10)
	fmt.Println(a(1), a(2), a(3))
	b := adder(0)
	fmt.Println(b(5), a(0))
	double := func(x int) int { return x * 2 }
	square := func(x int) int { return x * x }
	fmt.Println(compose(double, square)(3), compose(square, double)(3))
	x := 1
	f := func() { x *= 10 }
	f()
	f()
	fmt.Println(x)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	result := func(a, b int) int { return a - b }(10, 3)
	fmt.Println(result)
	funcs := map[string]func(float64) float64{
		"half":   func(v float64) float64 { return v / 2 },
		"negate": func(v float64) float64 { return -v },
	}
	fmt.Println(funcs["half"](5), funcs["negate"](2.5))
	var nilFn func()
	fmt.Println(nilFn == nil)
	s := []int{1, 2, 3}
	mutate := func() { s[0] = 100; s = append(s, 4) }
	mutate()
	fmt.Println(s)
	gen := func() func() string {
		letters := "abc"
		i := -1
		return func() string {
			i = (i + 1) % len(letters)
			return string(letters[i])
		}
	}()
	fmt.Println(gen(), gen(), gen(), gen())
}
