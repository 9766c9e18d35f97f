// Large values (over 1024 slots) converted to interfaces straight from
// memory: through a pointer, a global, a field reached through a pointer;
// the box is a copy, survives a collection, and a nil pointer panics at
// the conversion, before anything is copied.
package main

import (
	"fmt"
	"runtime"
)

type Big struct {
	a int8
	x [2000]int16
	s string
	p *int
}

var g Big
var gp *Big

func use(v any) string {
	b := v.(Big)
	return fmt.Sprint(b.a, " ", b.x[0], " ", b.x[1999], " ", b.s, " ", *b.p)
}

func main() {
	n := 7
	g = Big{a: -3, s: "global", p: &n}
	g.x[0], g.x[1999] = 11, -12
	fmt.Println(use(g))
	p := &Big{a: 5, s: "heap", p: &n}
	p.x[1999] = 99
	v := any(*p)
	p.a = 6 // the box is a copy
	runtime.GC()
	fmt.Println(use(v), p.a)
	type W struct{ b Big }
	w := &W{b: *p}
	fmt.Println(use(w.b))
	var xs []any
	for i := 0; i < 3; i++ {
		p.x[0] = int16(i)
		xs = append(xs, *p)
	}
	runtime.GC()
	for _, x := range xs {
		fmt.Println(use(x))
	}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(use(*gp))
}
