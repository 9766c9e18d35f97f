package main

import (
	"errors"
	"fmt"
)

func divide(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q, r = a/b, a%b
	return
}

func parseDigits(s string) (n int, ok bool) {
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	ok = len(s) > 0
	return
}

func shadow() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	if x := 5; x > 3 {
		return x * 10
	}
	return
}

func counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func swap(a, b string) (string, string) { return b, a }

func triple() (int, string, []int) { return 7, "seven", []int{7} }

func consume(a int, b string, c []int) string { return fmt.Sprint(a, b, c) }

func deferredResult() (s string) {
	defer func() {
		s += " (modified by defer)"
	}()
	s = "original"
	return s + "!"
}

func main() {
	fmt.Println(divide(17, 5))
	fmt.Println(divide(1, 0))
	q, _, err := divide(-17, 5)
	fmt.Println(q, err)
	for _, s := range []string{"123", "", "12a", "007"} {
		n, ok := parseDigits(s)
		fmt.Printf("%q -> %d %v\n", s, n, ok)
	}
	fmt.Println(shadow())
	inc, get := counter()
	inc()
	inc()
	fmt.Println(get(), inc(), get())
	fmt.Println(swap(swap("a", "b")))
	fmt.Println(consume(triple()))
	fmt.Println(deferredResult())
	var (
		a, b = swap("x", "y")
	)
	fmt.Println(a, b)
}
