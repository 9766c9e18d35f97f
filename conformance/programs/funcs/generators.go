package main

import "fmt"

func counter(start, step int) func() int {
	n := start - step
	return func() int {
		n += step
		return n
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

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	hits := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			hits++
			_ = hits
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

type Pair struct{ get func() int; set func(int) }

func cell(v int) Pair {
	return Pair{func() int { return v }, func(x int) { v = x }}
}

func main() {
	c := counter(10, 3)
	for i := 0; i < 4; i++ {
		fmt.Print(c(), " ")
	}
	fmt.Println()
	f := fib()
	var fs []int
	for range 15 {
		fs = append(fs, f())
	}
	fmt.Println(fs)

	var slowSq func(int) int
	calls := 0
	slowSq = func(n int) int { calls++; return n * n }
	m := memo(slowSq)
	fmt.Println(m(4), m(5), m(4), m(4), calls)

	var fibm func(int) int
	fibm = memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fibm(n-1) + fibm(n-2)
	})
	fmt.Println(fibm(80))

	p := cell(7)
	q := p
	p.set(42)
	fmt.Println(p.get(), q.get())

	var funcs []func() string
	for i, s := range []string{"a", "b", "c"} {
		funcs = append(funcs, func() string { return fmt.Sprint(i, s) })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), ";")
	}
	fmt.Println()
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	defer func() { fmt.Println("deferred sees", x) }()
	x *= 10
	fmt.Println("x", x)
}
