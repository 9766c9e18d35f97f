package main

import "fmt"

func main() {
	total := 0
	for i, v := range []int{1, 2, 3} {
		total += v
	}
	fmt.Println(total)
}
