package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func total(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	var s Shape
	fmt.Println(s == nil, s)
	fmt.Printf("%v %T\n", s, s)
	s = Rect{3, 4}
	fmt.Println(s.Area(), s.Perimeter())
	fmt.Printf("%v %+v %T\n", s, s, s)
	s = &Circle{1}
	fmt.Printf("%.4f %.4f %T\n", s.Area(), s.Perimeter(), s)
	fmt.Printf("%.3f\n", total(Rect{1, 2}, &Circle{2}, &Rect{1, 1}))
	var sp *Rect = &Rect{2, 2}
	s = sp
	sp.W = 10
	fmt.Println(s.Area())
	r := Rect{5, 5}
	s = r
	r.W = 100
	fmt.Println(s.Area())
	shapes := []Shape{Rect{1, 1}, &Circle{0}}
	fmt.Println(len(shapes), shapes[0])
	var e any = 5
	var f any = 5
	var g any = int64(5)
	fmt.Println(e == f, e == g, e == 5, g == int64(5))
	var cp *Circle
	s = cp
	fmt.Println(s == nil, cp == nil, s != nil)
	fmt.Printf("%v %T\n", s, s)
	var a1, a2 any = Rect{1, 2}, Rect{1, 2}
	fmt.Println(a1 == a2, a1 == any(Rect{2, 1}))
	var x any = "str"
	var y any = []int(nil)
	fmt.Println(x == "str", y != nil)
}
