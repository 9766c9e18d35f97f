package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() float64 }
type Named interface{ Name() string }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type P struct{ x int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		e, isErr := r.(error)
		re, isRt := r.(runtime.Error)
		fmt.Printf("%s: %v | %T | err=%v rt=%v\n", name, r, r, isErr, isRt)
		if isErr {
			fmt.Println("  Error():", e.Error())
		}
		if isRt {
			re.RuntimeError()
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("neg index", func() { j := -1; _ = s[j] })
	var m map[string]int
	try("nil map write", func() { m["a"] = 1 })
	z := 0
	try("div zero", func() { _ = 10 / z })
	try("mod zero", func() { _ = 10 % z })
	var p *P
	try("nil deref", func() { _ = p.x })
	var x interface{} = "str"
	try("type assert", func() { _ = x.(int) })
	var sh Shape = Sq{2}
	try("missing method", func() { _ = sh.(Named) })
	var nilI interface{}
	try("nil iface assert", func() { _ = nilI.(int) })
	try("nil iface to iface", func() { _ = nilI.(Named) })
	try("slice hi", func() { _ = s[1:i] })
	try("slice lo>hi", func() { a, b := 3, 1; _ = s[a:b] })
	try("slice 3idx", func() { a, b, c := 0, 2, 10; _ = s[a:b:c] })
	try("slice 3idx mid", func() { a, b, c := 0, 3, 2; _ = s[a:b:c] })
	str := "hello"
	try("string idx", func() { _ = str[i+1] })
	try("string slice", func() { _ = str[2:i+5] })
	n := -1
	try("make neg len", func() { _ = make([]int, n) })
	try("make cap<len", func() { c := 1; _ = make([]int, 3, c) })
	arr := [3]int{}
	try("array idx", func() { _ = arr[i] })
	var fn func()
	try("nil func call", func() { fn() })
}
