package main

import "fmt"

func f(n int) int {
	defer func() {}()
	return f(n+1) + 1
}

func main() {
	defer fmt.Println("main defer should NOT run on fatal")
	defer func() { fmt.Println("recover?", recover()) }()
	fmt.Println(f(0))
}
