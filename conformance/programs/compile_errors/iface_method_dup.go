package main

import "fmt"

type RW interface {
	Read() int
	Read() int
}

func main() {
	var x RW
	fmt.Println(x)
}
