// Go's amd64 memory layout as %p shows it: the differences between the
// addresses of consecutive slice and array elements (element sizes) and
// of a struct's fields (field offsets with alignment padding). Only
// differences are printed, never the addresses themselves.
package main

import (
	"fmt"
	"strconv"
)

type M struct {
	a int8
	b int64
	c bool
	d int16
	e float32
	f string
}

type XY struct {
	x byte
	y int32
}

type Packed struct {
	a, b, c byte
	d       uint16
	e       int32
	f       float32
	g       bool
}

type Z struct {
	a int8
	_ [0]int64
}

type Tail struct {
	x int32
	y byte
	e struct{}
}

type Outer struct {
	id   uint8
	xs   [3]XY
	m    M
	last int16
}

func addr(p any) uint64 {
	s := fmt.Sprintf("%p", p)
	v, err := strconv.ParseUint(s[2:], 16, 64)
	if err != nil {
		panic(err)
	}
	return v
}

func diff(p, q any) int64 { return int64(addr(q) - addr(p)) }

func main() {
	b := make([]byte, 4)
	bl := make([]bool, 4)
	i8 := make([]int8, 4)
	i16 := make([]int16, 4)
	u16 := make([]uint16, 4)
	i32 := make([]int32, 4)
	r := make([]rune, 4)
	u32 := make([]uint32, 4)
	f32 := make([]float32, 4)
	i64 := make([]int64, 4)
	f64 := make([]float64, 4)
	in := make([]int, 4)
	st := make([]string, 4)
	an := make([]any, 4)
	sl := make([][]byte, 4)
	ps := make([]*int, 4)
	ab := make([][3]byte, 4)
	ai := make([][3]int16, 4)
	fmt.Println("byte", diff(&b[0], &b[1]), diff(&b[0], &b[3]), diff(b, &b[0]))
	fmt.Println("bool", diff(&bl[0], &bl[1]), diff(&bl[0], &bl[3]))
	fmt.Println("int8", diff(&i8[0], &i8[1]), diff(&i8[1], &i8[3]))
	fmt.Println("int16", diff(&i16[0], &i16[1]), diff(&i16[0], &i16[3]), diff(i16, &i16[2]))
	fmt.Println("uint16", diff(&u16[0], &u16[1]), diff(&u16[0], &u16[3]))
	fmt.Println("int32", diff(&i32[0], &i32[1]), diff(&i32[0], &i32[3]))
	fmt.Println("rune", diff(&r[0], &r[1]), diff(&r[0], &r[3]))
	fmt.Println("uint32", diff(&u32[0], &u32[1]), diff(&u32[0], &u32[3]))
	fmt.Println("float32", diff(&f32[0], &f32[1]), diff(&f32[0], &f32[3]))
	fmt.Println("int64", diff(&i64[0], &i64[1]), diff(&i64[0], &i64[3]))
	fmt.Println("float64", diff(&f64[0], &f64[1]), diff(&f64[0], &f64[3]))
	fmt.Println("int", diff(&in[0], &in[1]), diff(&in[0], &in[3]))
	fmt.Println("string", diff(&st[0], &st[1]), diff(&st[0], &st[3]))
	fmt.Println("any", diff(&an[0], &an[1]), diff(&an[0], &an[3]))
	fmt.Println("[]byte", diff(&sl[0], &sl[1]), diff(&sl[0], &sl[3]))
	fmt.Println("*int", diff(&ps[0], &ps[1]), diff(&ps[0], &ps[3]))
	fmt.Println("[3]byte", diff(&ab[0], &ab[1]), diff(&ab[0], &ab[3]), diff(&ab[1][0], &ab[1][2]), diff(&ab[0][2], &ab[1][0]))
	fmt.Println("[3]int16", diff(&ai[0], &ai[1]), diff(&ai[0], &ai[3]), diff(&ai[1][0], &ai[1][2]), diff(&ai[0][2], &ai[1][0]))

	// sub-slices share the array: offsets in elements times the size
	sub := i32[1:3]
	fmt.Println("sub", diff(i32, sub), diff(&i32[2], &sub[1]), diff(b[1:], b[3:]))

	pairs := make([]struct{ a, b int32 }, 4)
	fmt.Println("{a,b int32}", diff(&pairs[0], &pairs[1]), diff(&pairs[0].a, &pairs[0].b), diff(&pairs[0].b, &pairs[1].a), diff(&pairs[0], &pairs[3].b))
	xys := make([]XY, 4)
	fmt.Println("XY", diff(&xys[0], &xys[1]), diff(&xys[0].x, &xys[0].y), diff(&xys[2].y, &xys[3].x))
	var axy [3]struct {
		x byte
		y int32
	}
	fmt.Println("[3]XY", diff(&axy, &axy[0]), diff(&axy[0], &axy[1]), diff(&axy[0], &axy[2].y))

	ms := make([]M, 3)
	m := &ms[1]
	fmt.Println("M elems", diff(&ms[0], &ms[1]), diff(&ms[0], &ms[2]))
	fmt.Println("M fields", diff(m, &m.a), diff(m, &m.b), diff(m, &m.c), diff(m, &m.d), diff(m, &m.e), diff(m, &m.f))
	fmt.Println("M next", diff(&m.f, &ms[2].a))

	var p Packed
	pp := &p
	fmt.Println("Packed", diff(pp, &p.a), diff(pp, &p.b), diff(pp, &p.c), diff(pp, &p.d), diff(pp, &p.e), diff(pp, &p.f), diff(pp, &p.g))
	pks := make([]Packed, 2)
	fmt.Println("Packed elems", diff(&pks[0], &pks[1]))

	zs := make([]Z, 3)
	fmt.Println("Z", diff(&zs[0], &zs[1]), diff(&zs[0], &zs[2]))
	es := make([]struct{}, 3)
	fmt.Println("struct{}", diff(&es[0], &es[1]), diff(&es[0], &es[2]))
	ts := make([]Tail, 3)
	fmt.Println("Tail", diff(&ts[0], &ts[1]), diff(&ts[0], &ts[0].y), diff(&ts[0], &ts[0].e))

	o := new(Outer)
	fmt.Println("Outer", diff(o, &o.id), diff(o, &o.xs), diff(o, &o.xs[1].y), diff(o, &o.m), diff(o, &o.m.e), diff(o, &o.last))
	os := make([]Outer, 2)
	fmt.Println("Outer elems", diff(&os[0], &os[1]), diff(&os[0].last, &os[1].id))

	// an escaping local struct and a heap array
	type Local struct {
		flag bool
		n    int16
		v    float32
		w    int64
	}
	var l Local
	pl := &l
	fmt.Println("Local", diff(pl, &l.flag), diff(pl, &l.n), diff(pl, &l.v), diff(pl, &l.w))
	arr := new([6]uint16)
	fmt.Println("[6]uint16", diff(arr, &arr[0]), diff(&arr[0], &arr[5]), diff(arr[:], arr[2:]))
}
