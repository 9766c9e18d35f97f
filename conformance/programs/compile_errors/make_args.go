package main

import "fmt"

func main() {
	s := make([]int)
	m := make(map[string]int, 1, 2)
	fmt.Println(s, m, new(5))
}
