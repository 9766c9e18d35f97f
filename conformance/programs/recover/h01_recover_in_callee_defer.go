package main

import "fmt"

func g() {
	defer func() {
		fmt.Println("g's defer recover:", recover())
	}()
	fmt.Println("g running")
}

func f() {
	defer func() {
		fmt.Println("f's outer recover:", recover())
	}()
	defer g()
	defer func() { g() }()
	panic("from f")
}

func main() {
	f()
}
