package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer 1 (runs last in inner)")
	defer func() {
		fmt.Println("inner defer 2 panics")
		panic("second")
	}()
	defer fmt.Println("inner defer 3")
	panic("first")
}

func outer() {
	defer fmt.Println("outer defer")
	inner()
}

func main() {
	defer fmt.Println("main defer")
	outer()
}
