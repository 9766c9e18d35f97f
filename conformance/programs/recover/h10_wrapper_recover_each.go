package main

import "fmt"

type Guard struct{ name string }

func (g Guard) Catch()   { fmt.Println(g.name, "val recover:", recover()) }
func (g *Guard) PCatch() { fmt.Println(g.name, "ptr recover:", recover()) }

type Catcher interface{ Catch() }

func run(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  ", name, "NOT recovered inside; outer got", r)
		}
	}()
	f()
}

func main() {
	run("t3 iface holding ptr", func() {
		var c Catcher = &Guard{"t3"}
		defer c.Catch()
		panic("p3")
	})
	run("t4 method expr (*T).ValMethod", func() {
		g := &Guard{"t4"}
		defer (*Guard).Catch(g)
		panic("p4")
	})
	run("t5 ptr method value", func() {
		g := Guard{"t5"}
		f := g.PCatch
		defer f()
		panic("p5")
	})
	run("t6 iface method expr", func() {
		var c Catcher = Guard{"t6"}
		defer Catcher.Catch(c)
		panic("p6")
	})
	run("t7 ptr.ValMethod call", func() {
		g := &Guard{"t7"}
		defer g.Catch()
		panic("p7")
	})
	run("t8 method value from ptr of val method", func() {
		g := &Guard{"t8"}
		f := g.Catch
		defer f()
		panic("p8")
	})
	run("t9 method expr value", func() {
		f := Guard.Catch
		defer f(Guard{"t9"})
		panic("p9")
	})
	run("t10 iface method value", func() {
		var c Catcher = &Guard{"t10"}
		f := c.Catch
		defer f()
		panic("p10")
	})
	run("t11 ptr method expr value", func() {
		f := (*Guard).Catch
		defer f(&Guard{"t11"})
		panic("p11")
	})
}
