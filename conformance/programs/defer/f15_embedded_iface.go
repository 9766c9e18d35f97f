package main

import "fmt"

type I interface{ M() }

type G struct{}

func (G) M() { fmt.Println("G.M recover:", recover()) }

type O struct{ I }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "-> outer:", recover()) }()
	f()
}

func main() {
	try("nil embedded iface defer", func() {
		var o O
		defer o.M()
		fmt.Println("after defer o.M()")
	})
	try("embedded iface recover", func() {
		o := O{G{}}
		defer o.M()
		panic("p1")
	})
	try("embedded iface via outer iface", func() {
		var i I = O{G{}}
		defer i.M()
		panic("p2")
	})
}
