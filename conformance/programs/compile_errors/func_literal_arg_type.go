package main

import "fmt"

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	fmt.Println(apply(func(s string) string { return s }, 1))
}
