package main

import "fmt"

func main() {
	n := int(7.5)
	fmt.Println(n)
}
