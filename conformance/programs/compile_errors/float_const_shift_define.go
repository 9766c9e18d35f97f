package main

import "fmt"

func main() {
	var s uint = 2
	x := 1.0 << s
	fmt.Println(x)
}
