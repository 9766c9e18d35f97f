package main

import "fmt"

func rec(n int) int {
	var buf [16]int
	buf[n%16] = n
	return rec(n+1) + buf[0]
}

func main() {
	defer func() {
		fmt.Println("recover cannot catch a fatal error:", recover())
	}()
	rec(0)
}
