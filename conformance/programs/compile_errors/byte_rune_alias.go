package main

import "fmt"

func main() {
	var b byte = 'a'
	var r rune = b
	fmt.Println(r)
}
