// Structs mixing narrow and wide fields (Go pads them to their alignment):
// literals, field stores through values and pointers, &p.f, copies,
// comparisons, printing with %v, %+v and Println of pointers.
package main

import "fmt"

type M struct {
	a int8
	b int64
	c bool
	d int16
	e float32
	f string
}

type Packed struct {
	a, b, c, d byte
	e          uint16
	g          int32
}

type Mixed2 struct {
	flag bool
	m    M
	p    Packed
	tail uint8
}

func newM(i int) *M {
	return &M{a: int8(i * 50), b: int64(i) << 40, c: i%2 == 1, d: int16(i * -9000), e: float32(i) / 3, f: fmt.Sprint("m", i)}
}

func (m M) String2() string {
	return fmt.Sprintf("[%d|%d|%t|%d|%g|%s]", m.a, m.b, m.c, m.d, m.e, m.f)
}

func (m *M) Bump() {
	m.a++
	m.b--
	m.c = !m.c
	m.d -= 1000
	m.e *= 2
	m.f += "+"
}

func main() {
	var z M
	fmt.Printf("%v|%+v|%q\n", z, z, z.f)
	ms := make([]*M, 4)
	for i := range ms {
		ms[i] = newM(i + 1)
	}
	for _, m := range ms {
		fmt.Println(m, m.String2())
	}
	for _, m := range ms {
		m.Bump()
	}
	fmt.Println(*ms[0], *ms[1], *ms[2], *ms[3])
	fmt.Printf("%+v\n", ms[3])

	m := *ms[2]
	m.Bump()
	fmt.Println(m == *ms[2], m.String2(), ms[2].String2())
	pa := &m.a
	pd := &m.d
	pe := &m.e
	pf := &m.f
	pc := &m.c
	*pa = -128
	*pd = 32767
	*pe = -0.5
	*pf = "changed"
	*pc = true
	*pa--
	*pd++
	fmt.Printf("%+v\n", m)
	m2 := m
	fmt.Println(m2 == m, m2 != *ms[0])
	m2.f = "changed"
	fmt.Println(m2 == m)

	p := Packed{1, 2, 3, 4, 0xffff, -1}
	pp := &p
	pp.c += 250
	pp.e += 2
	pp.g--
	fmt.Printf("%v %+v %x\n", p, pp, p.a+p.b+p.c+p.d)
	fmt.Println(Packed{} == Packed{}, p == Packed{1, 2, 253, 4, 1, -2})

	x := Mixed2{flag: true, m: *ms[1], p: p, tail: 200}
	y := &x
	y.m.d = -1
	y.p.a = 'A'
	y.tail += 100
	pm := &y.m
	pm.Bump()
	fmt.Printf("%v\n%+v\n", x, y)
	xs := []Mixed2{x, {}, x}
	xs[1].m.f = "mid"
	xs[2].p.e = 7
	fmt.Println(xs[0] == xs[2], xs[0] == x, xs[1].m.f, xs[2].p)
	arr := [2]M{*ms[0], *ms[1]}
	arr2 := arr
	arr2[1].a = 0
	fmt.Println(arr == arr2, arr[1].a, arr2[1].a)
	fmt.Println(&arr[0], &xs[1].p)
}
