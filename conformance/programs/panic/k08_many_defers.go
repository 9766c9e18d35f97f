package main

import "fmt"

func f(n int) (sum int) {
	for i := 0; i < n; i++ {
		defer func(i int) { sum += i }(i)
	}
	return 0
}

func g(n int) (cnt int) {
	defer func() { recover() }()
	for i := 0; i < n; i++ {
		defer func() { cnt++ }()
	}
	panic("go")
}

func main() {
	fmt.Println(f(200000))
	fmt.Println(g(200000))
}
