package main

import "fmt"

func named() (a int, b string) {
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "a/b are", a, b)
	}()
	defer func() { panic("after return") }()
	return 10, "ten"
}

func unnamed() (int, string) {
	defer func() { recover() }()
	defer func() { panic("x") }()
	return 10, "ten"
}

func midway() (n int) {
	defer func() { recover() }()
	n = 5
	panic("mid")
}

func main() {
	fmt.Println(named())
	fmt.Println(unnamed())
	fmt.Println(midway())
}
