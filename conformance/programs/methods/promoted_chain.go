package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string  { return fmt.Sprintf("Base(%d)", b.ID) }
func (b *Base) SetID(id int)     { b.ID = id }
func (b Base) Kind() string      { return "base" }

type Middle struct {
	Base
	Name string
}

func (m Middle) Kind() string { return "middle:" + m.Base.Kind() }

type Top struct {
	*Middle
	Extra int
}

type Describer interface{ Describe() string }
type Kinder interface{ Kind() string }

func main() {
	t := Top{Middle: &Middle{Base{1}, "m"}, Extra: 5}
	fmt.Println(t.ID, t.Name, t.Describe(), t.Kind(), t.Base.Kind())
	t.SetID(42)
	fmt.Println(t.ID, t.Middle.Base.ID)
	var d Describer = t
	var k Kinder = t
	fmt.Println(d.Describe(), k.Kind())
	m := Middle{Name: "solo"}
	m.SetID(7)
	var k2 Kinder = m
	fmt.Println(m.Describe(), k2.Kind())
	pm := &m
	pm.ID++
	fmt.Println(pm.Describe(), m.ID)
	t2 := t
	t2.SetID(99)
	fmt.Println(t.ID, t2.ID)
	f := t.Describe
	t.SetID(1000)
	fmt.Println(f(), t.Describe())
	fmt.Printf("%+v\n", m)
	fmt.Printf("%v\n", *t.Middle)
}
