package main

import "fmt"

type V struct{ n int }

func (v V) Val() { fmt.Println("  Val called, n =", v.n) }

func (v *V) Ptr() {
	if v == nil {
		fmt.Println("  Ptr called on nil")
		return
	}
	fmt.Println("  Ptr called, n =", v.n)
}

type W struct {
	*V
	tag string
}

func run(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	run("nil-ptr-value-method", func() {
		defer fmt.Println("  earlier defer runs")
		var p *V
		defer p.Val() // *p is copied here: panics at the defer statement
		fmt.Println("  never")
	})
	run("nil-ptr-ptr-method", func() {
		var p *V
		defer p.Ptr() // fine: called with a nil receiver
		fmt.Println("  after defer")
		panic("then panic")
	})
	run("embedded-nil", func() {
		w := W{nil, "w"}
		defer w.Ptr()
		defer fmt.Println("  registered")
		defer w.Val() // promoted through nil *V: panics here
		fmt.Println("  never")
	})
	run("receiver-copy", func() {
		v := V{1}
		defer v.Val()
		p := &v
		defer p.Val() // copies *p now: n = 1
		defer p.Ptr() // pointer: sees n = 3
		v.n = 3
	})
	run("method-value-copy", func() {
		v := V{5}
		f := v.Val
		g := (&v).Ptr
		v.n = 6
		defer f()
		defer g()
		panic("method values")
	})
}
