package main

import "fmt"

func main() {
	s := []string{0: "a", 1: "b", 0: "c"}
	fmt.Println(s)
}
