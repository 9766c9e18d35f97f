package main

import "fmt"

type Guard struct{ name string; caught interface{} }

func (g *Guard) Catch() {
	g.caught = recover()
}

func (g Guard) CatchVal() {
	fmt.Println(g.name, "CatchVal:", recover())
}

func makeCatcher(tag string) func() {
	return func() { fmt.Println(tag, "caught:", recover()) }
}

func one() (g Guard) {
	g.name = "one"
	defer g.Catch()
	panic("p-one")
}

func two() {
	g := Guard{name: "two"}
	defer (*Guard).Catch(&g)
	defer func() { fmt.Println("two saw", g.caught) }()
	panic("p-two")
}

func three() {
	defer Guard{name: "three"}.CatchVal()
	panic("p-three")
}

func four() {
	defer makeCatcher("four")()
	panic("p-four")
}

func main() {
	fmt.Println(one().caught)
	func() {
		defer func() { fmt.Println("outer of two:", recover()) }()
		two()
	}()
	three()
	four()
}
