package main

import "fmt"

func main() {
	m := map[int]int{}
	m = append(m, 1)
	fmt.Println(m)
}
