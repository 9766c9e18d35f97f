// Interfaces holding structs with narrow fields: boxing copies, value and
// pointer receivers, type switches, == on boxed structs and arrays, and
// structs embedding narrow fields promoted through interfaces.
package main

import "fmt"

type Shape interface {
	Area() int32
	Name() string
}

type Rect struct {
	w, h int16
	tag  byte
}

type Circle struct {
	r     uint8
	solid bool
	scale float32
}

type Tri struct {
	pts [3]struct{ x, y int8 }
}

func (r Rect) Area() int32    { return int32(r.w) * int32(r.h) }
func (r Rect) Name() string   { return fmt.Sprintf("rect%c", r.tag) }
func (c Circle) Area() int32  { return int32(float32(c.r) * float32(c.r) * 3 * c.scale) }
func (c Circle) Name() string { return fmt.Sprint("circle", c.solid) }
func (t *Tri) Area() int32 {
	a := int32(t.pts[0].x)*(int32(t.pts[1].y)-int32(t.pts[2].y)) +
		int32(t.pts[1].x)*(int32(t.pts[2].y)-int32(t.pts[0].y)) +
		int32(t.pts[2].x)*(int32(t.pts[0].y)-int32(t.pts[1].y))
	if a < 0 {
		a = -a
	}
	return a / 2
}
func (t *Tri) Name() string { return fmt.Sprint("tri", t.pts) }

func (r *Rect) Grow(d int16) { r.w += d; r.h += d }

type Grower interface{ Grow(int16) }

type Base struct {
	id  uint16
	neg int8
}

func (b Base) ID() uint16 { return b.id }

type Derived struct {
	Base
	on  bool
	val int32
}

type IDer interface{ ID() uint16 }

func main() {
	r := Rect{300, -200, 'A'}
	var s Shape = r
	r.w = 1
	fmt.Println(s.Area(), s.Name(), r.Area())
	t := &Tri{}
	t.pts[0] = struct{ x, y int8 }{-100, -100}
	t.pts[1] = struct{ x, y int8 }{100, -100}
	t.pts[2] = struct{ x, y int8 }{0, 127}
	shapes := []Shape{r, s, Circle{10, true, 0.5}, Circle{255, false, 1}, t}
	for _, sh := range shapes {
		fmt.Println(sh.Name(), sh.Area())
	}
	t.pts[2].y = -128
	fmt.Println(shapes[4].Area(), shapes[4].Name())

	for i, sh := range shapes {
		switch v := sh.(type) {
		case Rect:
			v.w = 9
			fmt.Println(i, "Rect", v, v.Area(), sh.Area())
		case Circle:
			fmt.Printf("%d Circle %+v\n", i, v)
		case *Tri:
			v.pts[0].x++
			fmt.Println(i, "Tri", v.pts[0], t.pts[0])
		}
	}

	var g Grower = &r
	g.Grow(32767)
	fmt.Println(r, r.w, r.h)

	fmt.Println(shapes[0] == shapes[0], shapes[0] == shapes[1], shapes[2] == Shape(Circle{10, true, 0.5}))
	fmt.Println(any(Rect{1, 2, 3}) == any(Rect{1, 2, 3}), any(Rect{1, 2, 3}) == any(Rect{1, 2, 4}))
	fmt.Println(shapes[4] == Shape(t), any([2]int8{1, -1}) == any([2]int8{1, -1}), any([2]int8{1}) == any([2]uint8{1}))

	var e any = Derived{Base{65535, -1}, true, -7}
	d := e.(Derived)
	d.id++
	fmt.Println(d.ID(), e.(Derived).ID(), e.(IDer).ID(), d.neg, d.Base)
	fmt.Printf("%v %+v\n", e, e)
	var ider IDer = Base{42, -42}
	b, ok := ider.(Base)
	_, notDer := ider.(Derived)
	fmt.Println(b, ok, notDer)
	pd := &Derived{Base{1, 1}, false, 1}
	ider = pd
	pd.id = 1000
	fmt.Println(ider.ID(), ider.(*Derived).neg, ider)

	// maps of interfaces holding structs
	m := map[string]Shape{"r": Rect{2, 3, 'r'}, "c": Circle{r: 2, scale: 1}}
	m["r2"] = m["r"]
	rr := m["r"].(Rect)
	rr.h = 100
	fmt.Println(m["r"].Area(), m["r2"].Area(), rr.Area(), m["r"] == m["r2"], len(m))

	// slices of struct values in an interface
	var anyS any = []Rect{{1, 1, 'x'}, {2, 2, 'y'}}
	rs := anyS.([]Rect)
	rs[0].w = 50
	fmt.Println(anyS, rs)
	var anyA any = [2]Circle{{1, true, 1}, {2, false, 2}}
	ca := anyA.([2]Circle)
	ca[0].r = 200
	fmt.Println(anyA, ca, anyA == any(ca))
	fmt.Printf("%v %+v\n", anyA, anyS)
}
