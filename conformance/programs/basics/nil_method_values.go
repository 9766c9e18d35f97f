package main

import "fmt"

type T struct{ n int }

func (t T) Val() int  { return t.n }
func (t *T) Ptr() int {
	if t == nil {
		return -1
	}
	return t.n
}

type I interface{ Val() int }

type Outer struct {
	*T
	name string
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "->", r)
		}
	}()
	f()
}

func main() {
	var p *T
	try("ptr method on nil", func() { fmt.Println(p.Ptr()) })
	try("ptr method value on nil", func() { f := p.Ptr; fmt.Println("bound ok"); fmt.Println(f()) })
	try("val method value on nil", func() { f := p.Val; fmt.Println("bound?"); fmt.Println(f()) })
	try("val method on nil", func() { fmt.Println(p.Val()) })
	var i I
	try("nil iface method value", func() { f := i.Val; fmt.Println("bound?"); f() })
	try("nil iface call", func() { i.Val() })
	i = p
	try("iface holding nil ptr", func() { fmt.Println(i != nil); i.Val() })
	o := Outer{name: "o"}
	try("promoted through nil embedded", func() { fmt.Println(o.Ptr()); fmt.Println(o.n) })
	try("method expr nil", func() { fmt.Println((*T).Ptr(nil)) })
	var f func() int
	try("nil func", func() { fmt.Println(f == nil); f() })
	fs := map[string]func() int{}
	try("missing map func", func() { fs["x"]() })
}
