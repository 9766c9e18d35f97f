package main

import "fmt"

// Blank methods are declared by no type: any number may exist, on value
// or pointer receivers, beside a blank field, and none joins a method set.
type T struct {
	_ int
	A int
}

func (T) _()        {}
func (T) _()        {}
func (*T) _(x int)  { fmt.Println("never", x) }
func (t T) _() int  { return t.A }
func (t T) Get() int { return t.A }

type I interface{ Get() int }

type E struct{}

func (E) _() {}

func main() {
	var i I = T{A: 1}
	fmt.Println(T{A: 1}, i.Get())
	var e interface{} = E{}
	_, ok := e.(interface{ Get() int })
	fmt.Println(ok)
}
