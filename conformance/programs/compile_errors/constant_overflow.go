package main

import "fmt"

const c uint8 = 256

func main() {
	var x int8 = 200
	var y int = 1 << 70
	fmt.Println(x, y, c)
}
