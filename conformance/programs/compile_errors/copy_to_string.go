package main

import "fmt"

func main() {
	s := "abc"
	n := copy(s, "xyz")
	fmt.Println(n)
}
