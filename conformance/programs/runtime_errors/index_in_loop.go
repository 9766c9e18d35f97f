package main

import "fmt"

func sumFirst(xs []int, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += xs[i]
	}
	return s
}

func main() {
	xs := []int{1, 2, 3, 4}
	fmt.Println(sumFirst(xs, 4))
	fmt.Println(sumFirst(xs[1:], 3))
	fmt.Println(sumFirst(xs[:2], 5))
	fmt.Println("unreachable")
}
