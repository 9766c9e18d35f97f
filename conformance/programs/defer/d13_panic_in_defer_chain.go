package main

import "fmt"

func main() {
	defer fmt.Println("last defer runs")
	defer func() { panic("c") }()
	defer func() { panic("b") }()
	panic("a")
}
