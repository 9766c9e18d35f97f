package main

import "fmt"

func main() {
	var x uint8 = 255
	fmt.Println(x + 1, x << 10, 1 << 64)
}
