// Nil pointer dereferences of pointers to narrow values and to structs of
// narrow fields (a field's offset is small but non-zero), recovered and
// printed, then an unrecovered store to a narrow field through nil.
package main

import "fmt"

type S struct {
	a int8
	b bool
	c int16
	d [2]byte
	e float32
}

type Wrap struct {
	n  uint8
	in *S
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	var ps *S
	var pb *byte
	var pi16 *int16
	var pa *[4]uint16
	var w Wrap
	var pw *Wrap
	try("field read", func() { fmt.Println(ps.c) })
	try("field store", func() { ps.e = 1 })
	try("field addr", func() { p := &ps.d[1]; *p = 2 })
	try("byte", func() { *pb = 'x' })
	try("int16", func() { *pi16 += 1 })
	try("array elem", func() { pa[2] = 1 })
	try("array len", func() { fmt.Println(len(pa)) })
	try("array range", func() {
		for i := range pa {
			fmt.Print(i)
		}
		fmt.Println()
	})
	try("copy struct", func() { s := *ps; fmt.Println(s) })
	try("inner", func() { w.in.b = true })
	try("outer", func() { pw.n++ })
	try("method", func() { fmt.Println(ps.Get()) })
	s := &S{a: -1, c: 300, d: [2]byte{1, 2}, e: 0.5}
	w.in = s
	w.in.b = true
	w.n = 255
	w.n++
	fmt.Println(*s, w.n, w.in.Get())
	ps = nil
	fmt.Println("before")
	ps.c = 7
	fmt.Println("unreachable")
}

func (s *S) Get() int16 { return int16(s.a) + s.c }
