package main

import "fmt"

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func get() C { return C{} }

func main() {
	f := get().Inc
	fmt.Println(f)
}
