package main

import "fmt"

type Counter struct {
	n    int
	hist []int
}

func makeCounter() (func() int, func(), func() []int) {
	c := &Counter{}
	inc := func() int { c.n++; c.hist = append(c.hist, c.n); return c.n }
	reset := func() { c.n = 0 }
	hist := func() []int { return c.hist }
	return inc, reset, hist
}

func adders() []func(int) int {
	var out []func(int) int
	for _, base := range []int{1, 10, 100} {
		out = append(out, func(x int) int { return x + base })
	}
	return out
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	inc, reset, hist := makeCounter()
	inc()
	inc()
	reset()
	inc()
	fmt.Println(hist())
	as := adders()
	fmt.Println(as[0](1), as[1](1), as[2](1))
	fmt.Println(compose(as...)(0))
	fmt.Println(compose()(5))
	f := fib()
	for range 10 {
		fmt.Print(f(), ",")
	}
	fmt.Println()

	x := 1
	double := func() { x *= 2 }
	addx := func(y int) int { return x + y }
	double()
	double()
	fmt.Println(x, addx(1))
	x = 100
	fmt.Println(addx(1))

	// recursive closure
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))

	// closure capturing array by value vs by ref
	arr := [3]int{1, 2, 3}
	cp := arr
	mod := func() { arr[0] = 99 }
	mod()
	fmt.Println(arr, cp)

	// closure capturing struct then modifying through it
	type P struct{ X, Y int }
	p := P{1, 2}
	move := func(dx int) { p.X += dx }
	move(5)
	q := p
	move(5)
	fmt.Println(p, q)

	// immediately invoked
	res := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(res)

	// closures in map
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
	}
	for _, k := range []string{"add", "sub"} {
		fmt.Println(k, ops[k](9, 4))
	}
	// deferred closure sees final value
	func() {
		v := 1
		defer func() { fmt.Println("deferred v =", v) }()
		defer fmt.Println("deferred arg v =", v)
		v = 2
	}()
}
