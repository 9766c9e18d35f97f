package main

import "fmt"

type I interface{ F() J }
type J interface {
	G() interface{ I }
	H() []interface {
		I
		Name() string
	}
}

type A1 = interface {
	G() interface{ A2 }
}
type A2 interface {
	Val() int
	Next() B
}
type B struct{ a A1 }

type T struct{ n int }

func (t T) F() J                { return t }
func (t T) G() interface{ I }   { return t }
func (t T) Name() string        { return fmt.Sprint("t", t.n) }

type U struct{ n int }

func (u U) G() interface{ A2 } { return u }
func (u U) Val() int           { return u.n }
func (u U) Next() B            { return B{U{u.n * 2}} }
func (t T) H() []interface {
	I
	Name() string
} {
	return []interface {
		I
		Name() string
	}{t, T{t.n + 1}}
}

func main() {
	var j J = T{1}
	x := j.G()
	fmt.Println(x.F() != nil)
	for _, h := range j.H() {
		fmt.Println(h.Name(), h.F().G().F() != nil)
	}
	var a A1 = U{5}
	fmt.Println(a.G().Val(), a.G().Next().a.G().Val())
	type L interface{ F() J }
	var l L = T{2}
	fmt.Println(l.F().G().F().G() != nil)
}
