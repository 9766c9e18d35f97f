package main

import (
	"fmt"
	"strings"
)

func main() {
	var a strings.Builder
	b := a
	b.WriteString("copy of zero builder is fine")
	fmt.Println(b.String())
	a.WriteString("x")
	c := a
	fmt.Println(c.Len(), c.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	c.WriteString("y")
	fmt.Println("unreachable", c.String())
}
