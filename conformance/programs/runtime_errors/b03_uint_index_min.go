package main

import "fmt"

func main() {
	defer func() { fmt.Println(recover()) }()
	var u uint = 1 << 63
	s := []int{1}
	_ = s[u]
}
