// Nested structs and arrays of small structs ([3]struct{x byte; y int32}):
// element and field addresses, writes through inner pointers, copies of
// nested aggregates, slices of structs with array fields.
package main

import "fmt"

type XY struct {
	x byte
	y int32
}

type Inner struct {
	k  int16
	xs [3]XY
	ok bool
}

type Outer struct {
	id    uint8
	in    Inner
	pair  [2]Inner
	label string
	last  int8
}

func describe(o *Outer) string {
	s := fmt.Sprintf("id=%d last=%d label=%q", o.id, o.last, o.label)
	for i, in := range o.pair {
		s += fmt.Sprintf(" pair%d{k=%d ok=%t", i, in.k, in.ok)
		for _, e := range in.xs {
			s += fmt.Sprintf(" %c:%d", e.x, e.y)
		}
		s += "}"
	}
	return s
}

func main() {
	var a [3]struct {
		x byte
		y int32
	}
	for i := range a {
		a[i].x = 'a' + byte(i)
		a[i].y = int32(i*1000000000) - 2000000000
	}
	fmt.Println(a)
	fmt.Printf("%+v\n", a)
	p := &a[1]
	p.x++
	p.y = -p.y
	py := &a[2].y
	*py += 147483647
	*py++
	fmt.Printf("%v %v %d\n", a, *p, *py)

	xs := [3]XY{{'p', 1}, {'q', -2}, {'r', 3}}
	var o Outer
	o.id = 250
	o.in = Inner{k: -7, xs: xs, ok: true}
	o.pair[0] = o.in
	o.pair[1].xs[2] = XY{'z', 2147483647}
	o.pair[1].xs[2].y++
	o.label = "outer"
	o.last = -128
	fmt.Println(describe(&o))
	fmt.Printf("%v\n%+v\n", o, &o)

	pin := &o.pair[0]
	pin.k = 32767
	pin.k++
	pxs := &pin.xs
	pxs[1].x = 'Q'
	pe := &pxs[0]
	pe.y = 1 << 30
	pe.y *= 2
	fmt.Println(describe(&o))
	fmt.Println(o.in == o.pair[0], o.in.xs == xs, o.pair[0].xs == xs)
	o.pair[0] = o.in
	fmt.Println(o.in == o.pair[0])

	c := o
	c.pair[1].xs[0].x = '!'
	c.in.ok = false
	fmt.Println(c.pair[1].xs[0], o.pair[1].xs[0], c.in.ok, o.in.ok, c == o)

	os := []Outer{o, c}
	os = append(os, Outer{id: 1, last: 1})
	for i := range os {
		os[i].id += 10
		os[i].pair[1].k--
	}
	for _, x := range os {
		fmt.Println(x.id, x.pair[1].k, x.pair[1].xs, x.last)
	}
	q := &os[2].pair[1].xs[2]
	q.x = 255
	q.x++
	fmt.Println(*q, os[2].pair[1].xs)

	grid := make([][3]XY, 3)
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = XY{byte(i*3 + j), int32(-(i*3 + j))}
		}
	}
	row := grid[1]
	row[0].y = 99
	rp := &grid[2]
	rp[2].x = 'X'
	fmt.Println(grid, row)
}
