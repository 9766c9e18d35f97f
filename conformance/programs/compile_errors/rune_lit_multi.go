package main

import "fmt"

func main() {
	r := 'ab'
	fmt.Println(r)
}
