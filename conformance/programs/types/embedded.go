package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }

func (b *Base) Rename(n string) { b.Name = n }

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Derived struct {
	Base
	*Logger
	Extra float64
	Name  string
}

func main() {
	d := Derived{Base: Base{1, "base"}, Logger: &Logger{"> "}, Extra: 2.5, Name: "outer"}
	fmt.Println(d.ID, d.Name, d.Base.Name)
	fmt.Println(d.Describe())
	d.Rename("renamed")
	fmt.Println(d.Base.Name, d.Name)
	d.Log("hello")
	fmt.Printf("%v\n", d.Base)
	fmt.Printf("%+v\n", d.Base)
	type Wrapper struct {
		Derived
		Level int
	}
	w := Wrapper{d, 3}
	fmt.Println(w.ID, w.Describe(), w.Level, w.Extra)
	w.Rename("via wrapper")
	fmt.Println(w.Base.Name, d.Base.Name)
	type Plain struct {
		Base
		X int
	}
	pl := Plain{Base{7, "seven"}, 8}
	fmt.Printf("%v %+v\n", pl, pl)
	fmt.Printf("%#v\n", pl)
	describe := pl.Describe
	pl.Name = "changed"
	fmt.Println(describe(), pl.Describe())
}
