// Package-level variables of narrow and mixed types initialized
// statically (gc lays them out in the data section: composite literals,
// &T{...}, pointers to global fields and elements, sparse arrays, []byte
// of a constant, copies of static variables, conversions to interfaces)
// and dynamically (map literals, function results reading other
// globals), then read, changed through those pointers and printed:
// every value must land at its field's offset in Go's layout.
package main

import "fmt"

type NQ struct {
	a int8
	b uint16
	c bool
	d float32
	e int32
	f [3]int8
	s string
}

type W struct {
	x  bool
	nq NQ
	p  *NQ
	y  int16
}

var (
	ga   = [4]int8{1, -2, 3, -4}
	gs   = []uint16{65535, 0, 7}
	gp   = &NQ{a: -1, b: 2, c: true, d: 0.1, e: -5, f: [3]int8{7, 8, 9}, s: "p"}
	gnq  = NQ{a: 127, d: 1.5, f: [3]int8{2: -1}}
	gw   = W{x: true, nq: NQ{b: 300, s: "in"}, p: &gnq, y: -32768}
	gws  = []W{{y: 1}, {x: true, p: gp, nq: NQ{c: true}}}
	gb   = []byte("const")
	gbs  = []bool{true, false, true}
	gf   = [2]float32{1e-3, -3.5}
	ga2  = ga
	gnq2 = gnq
	gpa  = &ga
	gps  = &gs[1]
	gpf  = &gnq.f[1]
	gany any = int8(-3)
	gany2 any = NQ{a: 1}
	garr2 = [2][3]uint8{{1, 2, 3}, {4, 5, 6}}
	gsparse = [100]int16{5: -1, 99: 7}
	gsl    = []NQ{0: {a: 1}, 3: {a: 4, s: "x"}}
	gi8 int8 = -100
	gcopy = gi8
	gm    = map[int8][2]bool{-1: {true, false}, 1: {false, true}}
	gfn   = func(x int8) int8 { return x * 2 }
	gu32 uint32 = 1<<32 - 1
	gbig = [200]int8{1, 2, 3}
	gdyn = mkNQ(gi8, gnq.f)
	gptrs = [3]*int8{&gnq.a, &gp.f[2], &ga[3]}
	gifs  = []any{gnq.f, gw.y, gf[1], gbs[0], &gnq.b}
)

func mkNQ(a int8, f [3]int8) NQ {
	return NQ{a: a / 2, b: uint16(a), c: a < 0, d: float32(a) / 3, e: int32(f[2]) << 20, f: f, s: "dyn"}
}

func main() {
	fmt.Println(ga, gs, *gp, gnq)
	fmt.Println(gw.x, gw.nq, *gw.p, gw.y, len(gws), gws[0].y, *gws[1].p, gws[1].nq.c)
	fmt.Println(string(gb), gbs, gf, ga2, gnq2)
	ga[0] = 100
	gnq.a = 0
	fmt.Println(ga2[0], gnq2.a, gpa[0], gw.p.a)
	*gps = 9
	*gpf = 55
	fmt.Println(gs, gnq.f, gany, gany2, garr2)
	fmt.Println(gsparse[5], gsparse[99], gsparse[50], len(gsl), gsl[3], gsl[1])
	fmt.Println(gcopy, gm, gfn(gi8), gu32, gbig[2], gbig[199])
	gb[0] = 'C'
	gbs = append(gbs, false)
	gws[0].nq.f[2] = 8
	fmt.Println(string(gb), gbs, gws[0].nq.f)
	gany = gnq
	fmt.Println(gany)
	fmt.Println(gdyn, *gptrs[0], *gptrs[1], *gptrs[2], gifs[:4], *gifs[4].(*uint16))
	*gptrs[1] = -99
	*gifs[4].(*uint16) = 4242
	gdyn.f[0]--
	fmt.Println(gp.f, gnq.b, gdyn.f, gdyn == mkNQ(gi8, gnq.f))
}
