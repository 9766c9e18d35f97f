package main

import "fmt"

type P struct{ A, B int }

func main() {
	a, b := 1, 2
	defer func() {
		recover()
		fmt.Println("re-panicking")
		panic(P{a, b})
	}()
	panic(P{a, b})
}
