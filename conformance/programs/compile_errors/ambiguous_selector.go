package main

import "fmt"

type A struct{ N int }
type B struct{ N int }
type C struct {
	A
	B
}

func main() {
	c := C{}
	fmt.Println(c.N)
}
