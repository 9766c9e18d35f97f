package main

import "fmt"

func main() {
L:
	fmt.Println("x")
	for i := 0; i < 3; i++ {
		if i == 1 {
			break L
		}
	}
}
