package main

import "fmt"

func main() {
	s := "abc"
	r := 'd'
	fmt.Println(s + r)
}
