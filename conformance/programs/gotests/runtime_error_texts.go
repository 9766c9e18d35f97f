// Runtime error texts: the value-method wrapper of *T called with a nil
// pointer (Go's issue19040.go: panicwrap, a plain runtime.Error), a failed
// assertion between two types printed alike (issue26094.go: "types from
// different scopes"), and the unrecovered panicwrap report. A call gc
// devirtualizes (it proves the interface's concrete type: a conversion,
// or a local whose every assignment has that type) fails in the
// dereference instead of the wrapper.
package main

import (
	"errors"
	"fmt"
)

type T int

func (t T) F() int { return int(t) }

type S struct{ a, b string }

func (s S) Get() string { return s.a + s.b }

type Outer struct {
	x int
	S
}

type I interface{ F() int }
type G interface{ Get() string }

// Interface values read from globals: gc cannot devirtualize the calls.
var (
	nilT  *T
	is    = []I{nilT, new(T)}
	gs    = []G{(*S)(nil), (*Outer)(nil), &S{"a", "b"}}
	boxes []any
)

func try(name string, f func()) {
	defer func() {
		e := recover()
		if err, ok := e.(error); ok {
			var re interface{ RuntimeError() }
			fmt.Println(name, "panic:", err.Error(), errors.As(err, &re))
			return
		}
		fmt.Println(name, "recovered", e)
	}()
	f()
	fmt.Println(name, "ok")
}

//go:noinline
func opaque(t *T) I { return t }

//go:noinline
func param(i I) { i.F() }

func local() any {
	type T struct{ v int }
	return T{1}
}

func main() {
	try("is[0].F()", func() { is[0].F() })
	try("is[1].F()", func() { fmt.Println(is[1].F()) })
	try("is[0].F", func() { f := is[0].F; f() })
	try("(*T).F(nil)", func() { (*T).F(nil) })
	try("nilT.F()", func() { nilT.F() })
	try("gs[0].Get()", func() { gs[0].Get() })
	try("gs[1].Get()", func() { gs[1].Get() })
	try("gs[2].Get()", func() { fmt.Println(gs[2].Get()) })

	try("local once", func() {
		var p *T
		var i I = p
		i.F()
	})
	try("local reassigned", func() {
		var i I
		i = nilT
		fmt.Println(i != nil)
		i.F()
	})
	try("two types", func() {
		var g G = (*S)(nil)
		if len(boxes) > 100 {
			g = &Outer{}
		}
		g.Get()
	})
	try("conversion", func() { I(nilT).F() })
	try("assertion", func() { var a any = nilT; a.(I).F() })
	try("param", func() { param(nilT) })
	try("opaque call", func() { i := opaque(nil); i.F() })
	try("captured", func() {
		var i I = new(T)
		f := func() { i = nilT }
		f()
		i.F()
	})
	try("captured other type", func() {
		var g G = &S{}
		func() { g = (*Outer)(nil) }()
		g = (*S)(nil)
		g.Get()
	})
	try("comma-ok", func() {
		var a any = nilT
		i, ok := a.(I)
		fmt.Println(ok)
		i.F()
	})
	try("method value", func() { var i I = nilT; f := i.F; f() })
	try("defer", func() { var i I = nilT; defer i.F() })
	try("defer opaque", func() { i := opaque(nil); defer i.F() })
	try("defer nil", func() {
		var i I
		defer fmt.Println("deferred before")
		defer i.F()
		fmt.Println("not reached")
	})

	boxes = append(boxes, S{}, local(), T(3))
	try("assert", func() { _ = boxes[0].(T) })
	try("scopes", func() {
		type T struct{ v int }
		_ = boxes[1].(T)
	})
	try("scopes2", func() {
		type S struct{ a, b string }
		_ = boxes[0].(S)
	})
	try("scopes3", func() {
		type T int
		_ = boxes[2].(T)
	})
	try("comma-ok", func() {
		type T int
		_, ok := boxes[2].(T)
		fmt.Println(ok)
	})
	try("iface", func() {
		type G interface{ Get() string }
		_ = boxes[2].(G)
	})
	try("nil", func() {
		var z any
		_ = z.(T)
	})
	is[0].F()
}
