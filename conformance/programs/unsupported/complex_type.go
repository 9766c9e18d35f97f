package main

import "fmt"

func main() {
	var z complex128
	fmt.Println(z == 0)
}
