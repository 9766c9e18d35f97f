package main

import "fmt"

func main() {
	n := 3
	for n {
		n--
	}
	fmt.Println(n)
}
