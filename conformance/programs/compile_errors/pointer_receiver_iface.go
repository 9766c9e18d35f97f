package main

import "fmt"

type Incr interface{ Inc() }

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func main() {
	var i Incr = C{}
	fmt.Println(i)
}
