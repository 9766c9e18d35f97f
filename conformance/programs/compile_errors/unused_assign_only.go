package main

import "fmt"

func main() {
	count := 0
	for i := 0; i < 3; i++ {
		count = i
	}
	fmt.Println("done")
}
