package main

import "fmt"

type Guard struct{ name string }

func (g Guard) Catch()   { fmt.Println(g.name, "val recover:", recover()) }
func (g *Guard) PCatch() { fmt.Println(g.name, "ptr recover:", recover()) }

type Catcher interface{ Catch() }

func t1() {
	g := Guard{"t1"}
	f := g.Catch
	defer f()
	panic("p1")
}

func t2() {
	var c Catcher = Guard{"t2"}
	defer c.Catch()
	panic("p2")
}

func t3() {
	var c Catcher = &Guard{"t3"}
	defer c.Catch()
	panic("p3")
}

func t4() {
	g := &Guard{"t4"}
	defer (*Guard).Catch(g)
	panic("p4")
}

func t5() {
	g := Guard{"t5"}
	f := g.PCatch
	defer f()
	panic("p5")
}

func t6() {
	var c Catcher = Guard{"t6"}
	defer Catcher.Catch(c)
	panic("p6")
}

func main() {
	t1()
	t2()
	t3()
	t4()
	t5()
	t6()
}
