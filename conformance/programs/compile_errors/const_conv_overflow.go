package main

import "fmt"

func main() {
	var b byte = 'a'
	fmt.Println(b, uint8(-1))
}
