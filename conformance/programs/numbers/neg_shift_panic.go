package main

import "fmt"

func shift(v int, n int) int {
	return v << n
}

func main() {
	fmt.Println(shift(1, 3))
	defer fmt.Println("deferred runs")
	n := -1
	fmt.Println(shift(1, n))
}
