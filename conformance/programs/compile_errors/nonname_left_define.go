package main

import "fmt"

func main() {
	s := []int{1}
	s[0] := 2
	fmt.Println(s)
}
