package main

import (
	"fmt"
	"strconv"
)

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	} else {
		return 0
	}
}

func main() {
	for _, v := range []int{-5, 0, 7} {
		fmt.Println(v, sign(v))
	}
	if n, err := strconv.Atoi("42"); err == nil {
		fmt.Println("parsed", n)
	} else {
		fmt.Println("error", err)
	}
	if n, err := strconv.Atoi("x42"); err != nil {
		fmt.Println("error:", err, n)
	}
	x := 10
	if x := 5; x < 10 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	calls := 0
	t := func() bool { calls++; return true }
	f := func() bool { calls++; return false }
	if f() && t() {
		fmt.Println("no")
	}
	if t() || f() {
		fmt.Println("short circuit", calls)
	}
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok && v > 0 {
		fmt.Println("a positive")
	} else if v, ok := m["b"]; !ok {
		fmt.Println("b missing", v)
	}
	if v, ok := m["z"]; ok {
		fmt.Println(v)
	} else if w := v + 1; w == 1 {
		fmt.Println("chained init sees v", v, w)
	}
}
