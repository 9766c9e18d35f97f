package main

import "fmt"

func main() {
	x := 42
	fmt.Println(len(x))
}
