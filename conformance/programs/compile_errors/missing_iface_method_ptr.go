package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }

func show(s Shape) { fmt.Println(s.Area()) }

func main() {
	show(&Rect{2, 3})
}
