package main

import "fmt"

type Guard struct{ name string }

func (g Guard) Catch()   { fmt.Println(g.name, "val recover:", recover()) }
func (g *Guard) PCatch() { fmt.Println(g.name, "ptr recover:", recover()) }

type Outer struct{ Guard }
type OuterP struct{ *Guard }

type Catcher interface{ Catch() }
type PCatcher interface{ PCatch() }

func run(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  ", name, "NOT recovered inside; outer got", r)
		}
	}()
	f()
}

func main() {
	run("e1 promoted direct", func() {
		o := Outer{Guard{"e1"}}
		defer o.Catch()
		panic("p")
	})
	run("e2 promoted via iface", func() {
		var c Catcher = Outer{Guard{"e2"}}
		defer c.Catch()
		panic("p")
	})
	run("e3 promoted ptr via iface", func() {
		var c PCatcher = OuterP{&Guard{"e3"}}
		defer c.PCatch()
		panic("p")
	})
	run("e4 promoted &Outer via iface", func() {
		var c Catcher = &Outer{Guard{"e4"}}
		defer c.Catch()
		panic("p")
	})
	run("e5 promoted method value", func() {
		o := Outer{Guard{"e5"}}
		f := o.Catch
		defer f()
		panic("p")
	})
	run("e6 promoted method expr", func() {
		defer Outer.Catch(Outer{Guard{"e6"}})
		panic("p")
	})
	run("e7 ptr iface PCatch", func() {
		var c PCatcher = &Guard{"e7"}
		defer c.PCatch()
		panic("p")
	})
}
