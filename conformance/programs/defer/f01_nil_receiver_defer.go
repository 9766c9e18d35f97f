package main

import "fmt"

type T struct{ n int }

func (t T) Val() { fmt.Println("val", t.n) }
func (t *T) Ptr() { fmt.Println("ptr called, nil?", t == nil) }

type I interface{ M() }

func a() {
	defer func() { fmt.Println("a recovered:", recover()) }()
	var p *T
	defer p.Ptr()
	defer fmt.Println("a: before value-method defer")
	defer p.Val()
	fmt.Println("a: unreachable")
}

func b() {
	defer func() { fmt.Println("b recovered:", recover()) }()
	var i I
	defer fmt.Println("b: registered first")
	defer i.M()
	fmt.Println("b: after defer i.M()")
}

func main() {
	a()
	b()
}
