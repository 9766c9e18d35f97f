package main

import "fmt"

func main() {
	m := map[int]int{1: 1}
	fmt.Println(m[0:1])
}
