package main

import "fmt"

func f(xs ...int, s string) {
	fmt.Println(xs, s)
}

func main() {
	f(1, "a")
}
