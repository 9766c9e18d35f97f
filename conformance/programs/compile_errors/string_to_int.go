package main

import "fmt"

func main() {
	var count int
	name := "gopher"
	count = name
	fmt.Println(count)
}
