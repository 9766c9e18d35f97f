package main

import "fmt"

type T struct{}

func main() {
	fmt.Println(T)
}
