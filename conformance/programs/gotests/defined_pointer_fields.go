package main

import "fmt"

// A defined pointer type (type T *S) selects S's fields, promoted ones
// included, for reading, writing and taking addresses.

type S struct {
	x int
	y string
}

type Inner struct{ z float64 }
type Outer struct {
	Inner
	*S
	w int
}

type T *S
type U *struct{ a, b int }
type O *Outer

func bump(p T) { p.x++ }

func main() {
	var p T = &S{1, "a"}
	p.x = 7
	fmt.Println(p.x, p.y, (*p).x)
	q := &p.x
	*q += 1
	bump(p)
	fmt.Println(p.x, *q)
	u := U(&struct{ a, b int }{3, 4})
	u.b++
	u.a, u.b = u.b, u.a
	fmt.Println(u.a, u.b)
	var o O = &Outer{Inner{1.5}, &S{2, "s"}, 9}
	o.z *= 2
	o.x += 40
	o.y += "!"
	fmt.Println(o.z, o.x, o.y, o.w, o.Inner.z, o.S.x)
	pz := &o.z
	*pz = 0.25
	fmt.Println(o.z)
	var n T
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(n.x)
}
