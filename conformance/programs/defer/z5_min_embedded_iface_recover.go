package main

import "fmt"

type I interface{ M() }
type G struct{}

func (G) M() { fmt.Println("inner recover:", recover()) }

type O struct{ I }

func main() {
	defer func() { fmt.Println("outer recover:", recover()) }()
	o := O{G{}}
	defer o.M()
	panic("p")
}
