package main

import "fmt"

type Guard struct{ name string }

func (g *Guard) Recover() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "recovered:", r)
	} else {
		fmt.Println(g.name, "nothing to recover")
	}
}

func (g Guard) ValRecover() {
	fmt.Println(g.name, "value-receiver recovered:", recover())
}

type Recoverer interface{ Recover() }

func viaMethod() {
	g := &Guard{"method"}
	defer g.Recover()
	panic("m1")
}

func viaMethodValue() {
	g := &Guard{"method value"}
	f := g.Recover
	defer f()
	panic("m2")
}

func viaInterface() {
	var r Recoverer = &Guard{"interface"}
	defer r.Recover()
	panic("m3")
}

func viaValue() {
	defer Guard{"value"}.ValRecover()
	panic("m4")
}

func viaMethodExpr() {
	defer (*Guard).Recover(&Guard{"method expr"})
	panic("m5")
}

func noPanic() {
	defer (&Guard{"quiet"}).Recover()
}

func main() {
	viaMethod()
	viaMethodValue()
	viaInterface()
	viaValue()
	viaMethodExpr()
	noPanic()
}
