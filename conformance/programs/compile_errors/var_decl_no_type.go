package main

import "fmt"

func main() {
	var x
	fmt.Println(x)
}
