// Taking addresses through nil pointers panics as gc's nil checks do (Go's
// nilptr2.go): &p.f at any offset, &*q, &p.a.b chains, promoted pointer
// methods through embedded fields, and the nil check before the index.
package main

import "fmt"

type In struct{ g, h int }
type Emb struct {
	In
	x int
}
type PEmb struct {
	*In
	x int
}
type T struct {
	a   int
	f   int
	arr [3]int
	in  In
	pin *In
}

func (t *T) PM() int { return 1 }
func (t T) VM() int  { return t.a }
func (i *In) IM() int { return 2 }

func try(name string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(name, "panic:", e)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

var sink any

func main() {
	var p *T
	var q *int
	var pa *[3]int
	try("&p.a", func() { x := &p.a; sink = x })
	try("&p.f", func() { x := &p.f; sink = x })
	try("&*q", func() { x := &*q; sink = x })
	try("&p.arr[1]", func() { x := &p.arr[1]; sink = x })
	try("&p.arr", func() { x := &p.arr; sink = x })
	try("&p.in.h", func() { x := &p.in.h; sink = x })
	try("&p.in", func() { x := &p.in; sink = x })
	try("&pa[0]", func() { x := &pa[0]; sink = x })
	try("pa[:]", func() { x := pa[:]; sink = x })
	try("&p.pin.g", func() { x := &p.pin.g; sink = x })
	try("p.PM", func() { m := p.PM; sink = m })
	try("p.VM", func() { m := p.VM; sink = m })
	try("p.in.IM", func() { m := p.in.IM; sink = m })
	try("p.PM()", func() { fmt.Println(p.PM()) })
	try("&(*p)", func() { x := &(*p); sink = x })
	try("*&*q", func() { x := *&*q; sink = x })
	try("_ = *p", func() { _ = *p })
	try("_ = p.a", func() { _ = p.a })
	var pe *Emb
	try("pe.IM()", func() { fmt.Println(pe.IM()) })
	try("pe.IM", func() { sink = pe.IM })
	try("&pe.g", func() { sink = &pe.g })
	try("&pe.In", func() { sink = &pe.In })
	try("pe.In.IM()", func() { fmt.Println(pe.In.IM()) })
	pp := &PEmb{}
	try("pp.IM()", func() { fmt.Println(pp.IM()) })
	try("&pp.g", func() { sink = &pp.g })
	try("&(*pp).In", func() { sink = &(*pp).In })
	try("pa[i]", func() { i := 5; sink = pa[i] })
	try("&pa[i]", func() { i := 5; sink = &pa[i] })
	var e Emb
	try("e.IM()", func() { fmt.Println(e.IM(), (&e).IM(), (&e.In).IM()) })
	try("T.VM(*p)", func() { sink = T.VM })
}
