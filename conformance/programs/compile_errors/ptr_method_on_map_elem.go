package main

import "fmt"

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func main() {
	m := map[string]C{"a": {}}
	m["a"].Inc()
	fmt.Println(m)
}
