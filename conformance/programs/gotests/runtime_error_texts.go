// Runtime error texts: the value-method wrapper of *T called with a nil
// pointer (Go's issue19040.go: panicwrap, a plain runtime.Error), a failed
// assertion between two types printed alike (issue26094.go: "types from
// different scopes"), and the unrecovered panicwrap report.
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
