package main

import "fmt"

func main() {
	var b byte = 'é'
	var c byte = 256
	fmt.Println(b, c)
}
