package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) IncCopy() { c.n++ }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r *Rect) Scale(f float64)    { r.W *= f; r.H *= f }
func (r Rect) Scaled(f float64) Rect { r.W *= f; r.H *= f; return r }

type List []int

func (l *List) Push(v int) { *l = append(*l, v) }
func (l List) Len() int    { return len(l) }

type Num int

func (n Num) Double() Num { return n * 2 }
func (n *Num) Set(v int)  { *n = Num(v) }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get(), c.n)
	pc := &c
	pc.Inc()
	fmt.Println(pc.Get(), c.Get())
	r := Rect{2, 3}
	fmt.Println(r.Area())
	r.Scale(2)
	fmt.Println(r, r.Area())
	s := r.Scaled(0.5)
	fmt.Println(r, s)
	var l List
	l.Push(1)
	l.Push(2)
	fmt.Println(l, l.Len())
	n := Num(21)
	fmt.Println(n.Double(), n.Double().Double())
	n.Set(5)
	fmt.Println(n)
	rects := []Rect{{1, 1}, {2, 2}}
	for _, rr := range rects {
		rr.Scale(10)
	}
	fmt.Println(rects)
	for i := range rects {
		rects[i].Scale(10)
	}
	fmt.Println(rects)
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].Get())
	fmt.Println((&Rect{1, 2}).Area(), Rect{3, 4}.Area())
}
