package main

import "fmt"

type pair struct{ a, b int }

func d4(x int) int {
	defer func() {}()
	if x%5 == 0 {
		panic(pair{x, -x})
	}
	return x * 3
}

func c3(x int) int {
	y := x*7 + 1
	z := d4(x) + y
	return z - x
}

func b2(x int) (r int, ok bool) {
	keep := x * 11
	defer func() {
		if e := recover(); e != nil {
			p := e.(pair)
			r = p.a + p.b + keep
			ok = false
		}
	}()
	r = c3(x) + keep
	return r, true
}

func a1(x int) int {
	l1, l2, l3 := x+1, x+2, x+3
	s := "s" + fmt.Sprint(x%3)
	r, ok := b2(x)
	if !ok {
		r += 1000000
	}
	return r + l1*l2 - l3 + len(s)
}

func main() {
	total := 0
	for i := 0; i < 2200; i++ {
		v := a1(i)
		total += v
		if i < 12 || i%500 == 0 {
			fmt.Println(i, v)
		}
	}
	fmt.Println("total", total)
}
