package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) ShowVal()  { fmt.Println("val:", c.name, c.n) }
func (c *Counter) ShowPtr() { fmt.Println("ptr:", c.name, c.n) }
func (c *Counter) Add(k int) {
	c.n += k
	fmt.Println("add", k, "->", c.n)
}

type Shower interface{ Show() }

type A struct{ v int }

func (a A) Show() { fmt.Println("A.Show", a.v) }

type B struct{ v int }

func (b *B) Show() { fmt.Println("B.Show", b.v) }

func main() {
	c := Counter{"c", 1}
	defer c.ShowVal() // receiver copied now
	defer c.ShowPtr() // &c taken now, sees later changes
	defer c.Add(10)   // runs first
	mv := c.ShowVal   // method value binds copy now
	defer mv()
	pv := c.ShowPtr
	defer pv()
	c.n = 5
	c.name = "changed"

	var s Shower = A{1}
	defer s.Show() // interface and its dynamic value evaluated now
	s = A{2}
	defer s.Show()

	b := &B{1}
	s = b
	defer s.Show() // pointer receiver: sees later change
	b.v = 99

	var s2 Shower = A{7}
	f := s2.Show
	s2 = A{8}
	defer f()
	defer Shower.Show(s2)
	defer (*Counter).Add(&c, 100)
	fmt.Println("main body done", c.n)
}
