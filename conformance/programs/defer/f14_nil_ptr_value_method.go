package main

import "fmt"

type T struct{ n int }

func (t T) Val() { fmt.Println("Val", t.n) }

type I interface{ Val() }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s -> %v (%T)\n", name, r, r)
		_, isErr := r.(error)
		fmt.Println("  is error:", isErr)
	}()
	f()
}

func main() {
	var p *T
	try("method expr", func() { (*T).Val(p) })
	try("method expr var", func() { f := (*T).Val; f(p) })
	try("iface", func() { var i I = p; i.Val() })
	try("direct", func() { p.Val() })
}
