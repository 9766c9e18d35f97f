package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	var total float64
	for _, n := range nums {
		total += n
	}
	fmt.Println(total)
}
