package main

import "fmt"

func main() {
	x := 0o19
	fmt.Println(x)
}
