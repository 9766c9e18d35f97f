package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (c Circle) Area() float64    { return 3.14159 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * 3.14159 * c.R }
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	x := s * (s - t.A) * (s - t.B) * (s - t.C)
	z := x / 2
	for i := 0; i < 30; i++ {
		z = (z + x/z) / 2
	}
	return z
}
func (r Rect) String() string { return fmt.Sprintf("Rect %gx%g", r.W, r.H) }

type ByArea []Shape

func (s ByArea) sort() {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Area() < s[j-1].Area(); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func largest(shapes ...Shape) (best Shape) {
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return
}

func main() {
	shapes := ByArea{Rect{3, 4}, Circle{1}, Triangle{3, 4, 5}, Rect{1, 1}, Circle{2.5}}
	shapes.sort()
	for _, s := range shapes {
		fmt.Printf("%-22v area=%8.3f perim=%7.3f %T\n", s, s.Area(), s.Perimeter(), s)
	}
	fmt.Println(largest(shapes...), largest() == nil)
	total := 0.0
	counts := map[string]int{}
	for _, s := range shapes {
		total += s.Area()
		counts[fmt.Sprintf("%T", s)]++
		if r, ok := s.(Rect); ok && r.W == r.H {
			fmt.Println("square found:", r)
		}
		if _, ok := s.(fmt.Stringer); !ok {
			fmt.Printf("%+v is not a Stringer\n", s)
		}
	}
	fmt.Printf("total %.4f %v\n", total, counts)
}
