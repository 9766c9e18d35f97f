package main

import "fmt"

func f() (trace []int) {
	i := 0
loop:
	if i < 4 {
		defer func(v int) { trace = append(trace, v) }(i)
		i++
		goto loop
	}
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b == 1 {
				continue outer
			}
			if a == 2 {
				break outer
			}
			defer func() { trace = append(trace, 100+a*10+b) }()
		}
	}
	switch x := i; {
	case x > 3:
		defer func() { trace = append(trace, -1) }()
		fallthrough
	case x > 100:
		defer func() { trace = append(trace, -2) }()
	default:
		defer func() { trace = append(trace, -3) }()
	}
	return []int{999}
}

func g(n int) (s string) {
	defer func() { s += "|g-end" }()
	for i := 0; i < n; i++ {
		func() {
			defer func() { s += fmt.Sprint("|inner", i) }()
			if i == 1 {
				return
			}
			s += fmt.Sprint("|body", i)
		}()
	}
	return "start"
}

func main() {
	fmt.Println(f())
	fmt.Println(g(3))
}
