package main

import "fmt"

func f() (out []string) {
	defer func() { out = append(out, "first-registered") }()
	for i := 0; i < 3; i++ {
		defer func(j int) { out = append(out, fmt.Sprint("loop", j)) }(i)
		if i == 1 {
			defer func() { out = append(out, "mid") }()
		}
	}
	defer func() {
		if r := recover(); r != nil {
			out = append(out, fmt.Sprint("rec:", r))
		}
	}()
	for j := 0; j < 2; j++ {
		defer func() { out = append(out, fmt.Sprint("j", j)) }()
	}
	panic("x")
}

func main() {
	fmt.Println(f())
}
