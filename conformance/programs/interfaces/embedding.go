package main

import "fmt"

type Namer interface{ Name() string }
type Ager interface{ Age() int }
type Person interface {
	Namer
	Ager
	fmt.Stringer
}

type Emp struct {
	n string
	a int
}

func (e Emp) Name() string   { return e.n }
func (e Emp) Age() int       { return e.a }
func (e Emp) String() string { return fmt.Sprintf("%s(%d)", e.n, e.a) }

type Team struct {
	Person
	Size int
}

func show(n Namer) { fmt.Println("name:", n.Name()) }

func main() {
	var p Person = Emp{"ann", 30}
	show(p)
	var a Ager = p
	fmt.Println(a.Age(), p)
	t := Team{p, 5}
	fmt.Println(t.Name(), t.Age(), t.Size)
	fmt.Println(t)
	fmt.Printf("%v|%+v|%s\n", t, t, t)
	var n Namer = t
	show(n)
	var s fmt.Stringer = t
	fmt.Println(s.String())
	var empty Team
	fmt.Println(empty.Person == nil)
	fmt.Println(empty.Size)
	list := []Namer{Emp{"b", 1}, t}
	for _, x := range list {
		if pp, ok := x.(Person); ok {
			fmt.Println("is person:", pp)
		}
	}
}
