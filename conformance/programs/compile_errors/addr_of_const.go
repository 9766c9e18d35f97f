package main

import "fmt"

func main() {
	const c = 10
	p := &c
	fmt.Println(p)
}
