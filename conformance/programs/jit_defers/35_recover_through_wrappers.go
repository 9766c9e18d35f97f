package main

import "fmt"

type R interface{ Rec(tag string) }

type Val struct{ n int }

func (v Val) Rec(tag string) {
	fmt.Println("  ", tag, "Val.Rec", v.n, "recovered:", recover())
}

type Ptr struct{ n int }

func (p *Ptr) Rec(tag string) {
	fmt.Println("  ", tag, "Ptr.Rec", p.n, "recovered:", recover())
}

type Outer struct {
	*Ptr
	name string
}

type OuterVal struct {
	Val
}

func try(tag string, body func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  ", tag, "escaped to try:", r)
		}
	}()
	body()
}

func mk(tag string) func() {
	return func() { fmt.Println("  ", tag, "returned closure recovered:", recover()) }
}

func main() {
	try("iface-val", func() {
		var r R = Val{1}
		defer r.Rec("iface-val")
		panic("p1")
	})
	try("iface-ptr", func() {
		var r R = &Ptr{2}
		defer r.Rec("iface-ptr")
		panic("p2")
	})
	try("promoted-direct", func() {
		o := Outer{&Ptr{3}, "o"}
		defer o.Rec("promoted-direct")
		panic("p3")
	})
	try("promoted-iface", func() {
		var r R = Outer{&Ptr{4}, "o"}
		defer r.Rec("promoted-iface")
		panic("p4")
	})
	try("promoted-val-iface", func() {
		var r R = &OuterVal{Val{5}}
		defer r.Rec("promoted-val-iface")
		panic("p5")
	})
	try("method-expr", func() {
		defer Val.Rec(Val{6}, "method-expr")
		panic("p6")
	})
	try("ptr-method-expr", func() {
		defer (*Val).Rec(&Val{7}, "ptr-method-expr")
		panic("p7")
	})
	try("method-value-iface", func() {
		var r R = Val{8}
		m := r.Rec
		defer m("method-value-iface")
		panic("p8")
	})
	try("returned-closure", func() {
		defer mk("returned-closure")()
		panic("p9")
	})
	try("closure-called-inside", func() {
		defer func() { mk("closure-called-inside")() }()
		panic("p10")
	})
	try("func-var", func() {
		f := func() { fmt.Println("   func-var recovered:", recover()) }
		defer f()
		panic("p11")
	})
}
