package main

import "fmt"

func f(x int) int {
	if x > 0 {
		return 1
	}
	panic("neg")
}

func g(x int) int {
	for {
		if x > 0 {
			return x
		}
		x++
	}
}

func h(x int) int {
	defer func() {}()
	if x > 0 {
		return 1
	} else {
		panic("no")
	}
}

func k(x int) int {
	if x > 0 {
		return 1
	}
	fmt.Println("no return")
}

func main() {
	fmt.Println(f(1), g(-2), h(1), k(1))
}
