// == on arrays and structs of narrow types, zero values of every narrow
// aggregate, zero-size fields and elements (struct{a int8; _ [0]int64},
// struct{}{}, [0]T), blank fields ignored by ==, and structs ending in a
// zero-size field.
package main

import "fmt"

type Z struct {
	a int8
	_ [0]int64
}

type Tail struct {
	x int32
	y byte
	e struct{}
}

type Blank struct {
	a int8
	_ int16
	b bool
	_ [2]byte
}

type Narrow struct {
	b  bool
	i8 int8
	u8 uint8
	i6 int16
	u6 uint16
	i2 int32
	u2 uint32
	f  float32
	r  rune
	s  string
}

type Empty struct{}

func main() {
	var n Narrow
	fmt.Printf("%v\n%+v\n", n, n)
	fmt.Println(n == Narrow{}, n.s == "", n.f == 0)
	n2 := Narrow{b: true}
	n3 := n2
	fmt.Println(n2 == n3, n2 == n, n2 != n)
	fields := []func(*Narrow){
		func(p *Narrow) { p.b = !p.b },
		func(p *Narrow) { p.i8 = -1 },
		func(p *Narrow) { p.u8 = 255 },
		func(p *Narrow) { p.i6 = -1 },
		func(p *Narrow) { p.u6 = 1 },
		func(p *Narrow) { p.i2 = -1 },
		func(p *Narrow) { p.u2 = 1 << 31 },
		func(p *Narrow) { p.f = -0.0 },
		func(p *Narrow) { p.r = 'x' },
		func(p *Narrow) { p.s = "s" },
	}
	for i, set := range fields {
		m := n2
		set(&m)
		fmt.Print(i, ":", m == n2, " ")
	}
	fmt.Println()
	var negz float32
	negz = -negz
	fz := Narrow{f: negz}
	fmt.Println(fz == Narrow{}, fz)

	var z Z
	z2 := Z{a: 5}
	fmt.Println(z, z2, z == Z{}, z2 == Z{5, [0]int64{}}, z2 != z)
	zs := make([]Z, 4)
	for i := range zs {
		zs[i].a = int8(i * 60)
	}
	fmt.Println(zs, zs[1] == zs[1], zs[0] == zs[1])
	pz := &zs[3]
	pz.a++
	fmt.Println(zs[3], *pz)

	t := Tail{-1, 2, struct{}{}}
	ts := []Tail{t, {}, t}
	ts[1].y = 9
	fmt.Println(ts, ts[0] == ts[2], ts[1] == Tail{y: 9})
	pt := &ts[2]
	pe := &pt.e
	*pe = struct{}{}
	pt.y--
	fmt.Println(ts[2], *pe)

	b1 := Blank{a: 1, b: true}
	b2 := Blank{a: 1, b: true}
	fmt.Println(b1 == b2, b1)
	fmt.Printf("%+v\n", b2)

	es := make([]Empty, 5)
	es = append(es, Empty{}, struct{}{})
	var ea [3]struct{}
	fmt.Println(es, len(es), ea, len(ea), es[0] == es[6], ea == [3]struct{}{})
	for i := range es {
		es[i] = Empty{}
	}
	m := map[Empty]int8{}
	m[Empty{}]++
	m[struct{}{}]--
	m[es[3]] += 10
	fmt.Println(m, len(m))
	type WithEmpty struct {
		e  Empty
		v  int16
		e2 [0]int8
		w  uint8
	}
	we := []WithEmpty{{v: -1, w: 255}, {v: 1}}
	we[1].w = we[0].w + 2
	fmt.Println(we, we[0] == we[1], we[1] == WithEmpty{v: 1, w: 1})

	var z0 [0]int16
	var z1 [0]string
	fmt.Println(z0, z1, len(z0), z0 == [0]int16{})

	// arrays of narrow types
	a := [4]int8{1, -1, 127, -128}
	b := a
	fmt.Println(a == b)
	b[3]--
	fmt.Println(a == b, b)
	ua := [3]uint16{}
	fmt.Println(ua == [3]uint16{0, 0, 0}, ua)
	ba := [2][2]bool{{true, false}, {false, true}}
	bb := ba
	bb[1][1] = false
	fmt.Println(ba == bb, ba[0] == bb[0], ba[1] != bb[1])
	fa := [2]float32{0.1, 0.2}
	fb := [2]float32{float32(0.1), float32(0.2)}
	fmt.Println(fa == fb, fa[0] == 0.1)
	ra := [3]rune{'a', 'b'}
	fmt.Println(ra == [3]rune{97, 98, 0}, ra)
	sa := [2]struct {
		x byte
		y int32
	}{{1, -1}, {2, -2}}
	sb := sa
	fmt.Println(sa == sb, sa)
	sb[1].y = 2
	fmt.Println(sa == sb, sb)

	// zero values through new and make
	pn := new(Narrow)
	pa := new([5]uint8)
	ps := make([]Tail, 3)
	pm := make(map[int8]Narrow)
	fmt.Println(*pn == n, *pa, ps, pm[1] == n, len(pm))
	var nilp *[4]int16
	fmt.Println(nilp == nil, len(nilp))
}
