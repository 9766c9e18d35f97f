package main

import "fmt"

func main() {
	var i interface{ Foo() }
	var s fmt.Stringer = i
	fmt.Println(s)
}
