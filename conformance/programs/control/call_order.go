package main

import "fmt"

var x int

func f() int { x++; return x * 10 }

type T struct{ a, b int }

func main() {
	y := 1
	g := func() int { y++; return y }
	fmt.Println(x, f(), y, g())
	z := x + f()
	fmt.Println(z)
	arr := []int{x, f(), x}
	fmt.Println(arr)
	t := T{a: x, b: f()}
	fmt.Println(t)
	m := map[int]int{x: f()}
	fmt.Println(m)
	s := []int{0, 0, 0}
	i := 0
	h := func() int { i = 2; return 5 }
	s[i] = h()
	fmt.Println(s)
	fmt.Println(y + g() + y)
	fmt.Println(x > 0 && f() > 0, x)
}
