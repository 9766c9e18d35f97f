package main

import (
	"fmt"
)

type Str struct{ X int }

func (s *Str) String() string {
	if s == nil {
		return "nil-Str"
	}
	return fmt.Sprint("Str", s.X)
}

type E struct{}

func (*E) Error() string { return "E!" }

type I interface{ M() }

func main() {
	var p *int
	var s []int
	var m map[string]int
	var f func()
	var i any
	var e error
	var ii I
	var st *Str
	var ep *E
	fmt.Println(s, m, i, e, ii, st, f == nil, p == nil)
	fmt.Printf("%v %v %v %v %v %v\n", s, m, i, e, ii, st)
	fmt.Printf("%+v %+v %+v %+v\n", s, m, i, e)
	fmt.Printf("%#v %#v %#v %#v %#v\n", s, m, i, e, p)
	fmt.Printf("%d %s %q\n", s, s, s)
	fmt.Printf("%s %d\n", i, i)
	fmt.Printf("%T %T %T %T %T %T %T\n", p, s, m, f, i, e, st)
	var eface error = ep
	fmt.Println(eface == nil, eface)
	fmt.Printf("%v|%s\n", eface, eface)
	var sface fmt.Stringer = st
	fmt.Println(sface)
	fmt.Printf("[%5v][%-5v]\n", nil, nil)
	fmt.Printf("[%5v][%-6v]\n", s, m)
	fmt.Printf("%x %X\n", s, m)
	fmt.Printf("%v\n", []*Str{nil, {3}})
	fmt.Printf("%v\n", map[string]*Str{"a": nil})
	fmt.Printf("%+v\n", struct {
		P *int
		S []int
		M map[int]int
		I any
		E error
	}{})
	fmt.Printf("%#v\n", struct {
		S []int
		I any
	}{})
	fmt.Println([]any{nil}, []error{nil}, [2]*int{})
	fmt.Printf("%t %v\n", nil, (*int)(nil) == nil)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
}
