package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Shape interface{ Area() float64 }
type Named interface{ Name() string }

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c *Circle) Area() float64   { return 3 * c.r * c.r }
func (c *Circle) Name() string    { return "circle" }
func (c *Circle) private() string { return "p" }

type MyInt int

func try(name string, f func()) {
	defer func() {
		r := recover()
		var re runtime.Error
		isRe := errors.As(r.(error), &re)
		fmt.Printf("%-10s %T %v\n           %v\n", name, r, isRe, r)
	}()
	f()
}

func main() {
	var e any = "text"
	var sh Shape = Square{2}
	var nilAny any
	var nilShape Shape
	try("E to T", func() { _ = e.(int) })
	try("named", func() { _ = any(MyInt(1)).(int) })
	try("nil E", func() { _ = nilAny.(string) })
	try("nil I", func() { _ = nilShape.(Square) })
	try("I to T", func() { _ = sh.(*Circle) })
	try("E to I", func() { _ = e.(Shape) })
	try("I to I", func() { _ = sh.(Named) })
	try("ptr rcv", func() { _ = any(Circle{}).(Shape) })
	try("nil to I", func() { _ = nilAny.(error) })
	try("anon", func() { _ = any(struct{ a int }{1}).([]int) })
	try("funcs", func() { _ = any(main).(func(int)) })
	v, ok := e.(int)
	fmt.Println("comma-ok never panics:", v, ok)
	defer fmt.Println("deferred before unrecovered assertion")
	_ = sh.(interface{ Perimeter() float64 })
}
