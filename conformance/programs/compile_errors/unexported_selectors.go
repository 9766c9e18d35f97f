package main

import (
	"fmt"
	"strings"
)

type W struct{ strings.Builder }

type mine struct{ secret int }

func (m mine) hidden() int { return m.secret }

func main() {
	var b strings.Builder
	b.grow(1)
	var w W
	fmt.Println(w.buf, w.copyCheck, b.String())
	c := strings.Builder{buf: nil}
	m := mine{secret: 1}
	fmt.Println(c.Len(), m.secret, m.hidden(), mine{2}.hidden())
}
