package main

import "fmt"

type P struct{ name string }

func (p P) Hello() string   { return "hello " + p.name }
func (p *P) HelloP() string { return "helloP " + p.name }
func (p *P) Rename(n string) { p.name = n }

type Adder int

func (a Adder) Add(x int) int { return int(a) + x }

func main() {
	p := P{"alice"}
	hv := p.Hello
	hp := p.HelloP
	p.name = "bob"
	fmt.Println(hv())
	fmt.Println(hp())
	pp := &P{"carol"}
	hv2 := pp.Hello
	pp.name = "dave"
	fmt.Println(hv2(), pp.Hello())
	exprV := P.Hello
	exprP := (*P).HelloP
	exprP2 := (*P).Hello
	fmt.Println(exprV(p), exprP(&p), exprP2(&p))
	rename := (*P).Rename
	rename(&p, "eve")
	fmt.Println(p.name)
	fmt.Printf("%T\n%T\n%T\n", exprV, exprP, hv)
	a := Adder(10)
	add := a.Add
	a = 100
	fmt.Println(add(5), a.Add(5), Adder.Add(7, 1))
	fs := []func() string{p.Hello, pp.HelloP}
	p.name = "frank"
	pp.name = "grace"
	for _, f := range fs {
		fmt.Println(f())
	}
	apply := func(f func(int) int, v int) int { return f(v) }
	fmt.Println(apply(Adder(3).Add, 4))
	setter := p.Rename
	setter("heidi")
	fmt.Println(p.name)
}
