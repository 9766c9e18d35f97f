package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(n int) (sq, cube int) {
	sq = n * n
	cube = sq * n
	return
}

func shadowed(n int) (result int, err error) {
	if n < 0 {
		err = errors.New("negative")
		return
	}
	result = n * 2
	return result + 1, nil
}

func swap(a, b string) (string, string) { return b, a }

func passThrough() (int, int) { return divmod(17, 5) }

func takeTwo(a, b int) int { return a*10 + b }

func earlyNamed() (x int) {
	x = 5
	if x > 0 {
		return 7
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(named(3))
	fmt.Println(shadowed(4))
	fmt.Println(shadowed(-1))
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(takeTwo(passThrough()))
	fmt.Println(earlyNamed())
	_, cube := named(4)
	fmt.Println(cube)
	v, err := shadowed(10)
	if err == nil {
		fmt.Println("ok", v)
	}
	s := fmt.Sprint(divmod(9, 4))
	fmt.Println(s)
}
