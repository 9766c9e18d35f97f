package main

import "fmt"

func f() (a, b int) {
	return 1
}

func main() {
	fmt.Println(f())
}
