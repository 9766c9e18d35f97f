package main

import "fmt"

var unwound int

func rec(n int) int {
	defer func() { unwound++ }()
	if n == 0 {
		panic(fmt.Sprintf("bottom reached"))
	}
	return rec(n-1) + 1
}

func main() {
	defer func() {
		r := recover()
		fmt.Println(r, unwound)
	}()
	rec(10000)
}
