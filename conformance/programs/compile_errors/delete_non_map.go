package main

import "fmt"

func main() {
	s := []int{1, 2}
	delete(s, 0)
	fmt.Println(s)
}
