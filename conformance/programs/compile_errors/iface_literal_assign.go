package main

import "fmt"

func main() {
	var x interface{ M() } = 3
	fmt.Println(x)
}
