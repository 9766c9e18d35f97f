package main

import "fmt"

var table = build()

func build() map[string]int {
	var m map[string]int
	defer fmt.Println("build defer")
	m["x"] = 1
	return m
}

func main() {
	fmt.Println(table)
}
