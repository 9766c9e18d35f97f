// Narrow locals that escape (address taken and returned, captured by
// closures that outlive the call) and package-level variables reached
// through &g: each keeps its width when stored and reloaded.
package main

import "fmt"

var (
	gb   bool
	gi8  int8 = 100
	gu8  byte = 250
	gi16 int16
	gu16 uint16 = 1
	gi32 int32  = -5
	gu32 uint32
	gf   float32 = 2.5
	garr [5]int8
	gst  struct {
		a byte
		b int32
		c bool
	}
)

func counter8() (func() int8, *int8) {
	var c int8
	return func() int8 { c += 50; return c }, &c
}

func counterU16(start uint16) func(uint16) uint16 {
	return func(d uint16) uint16 {
		start += d
		return start
	}
}

func escape16() *int16 {
	x := int16(-32768)
	x--
	return &x
}

func pair() (*byte, *byte) {
	var a, b byte = 1, 2
	return &a, &b
}

func mutateGlobals() {
	pb, pi8, pu8 := &gb, &gi8, &gu8
	pi16, pu16, pi32, pu32, pf := &gi16, &gu16, &gi32, &gu32, &gf
	*pb = true
	*pi8 += 100
	*pu8 += 10
	*pi16 -= 1
	*pu16 -= 2
	*pi32 *= 1000000000
	*pu32 -= 1
	*pf /= 3
	p := &garr[4]
	*p = -128
	*p--
	garr[0] = *p + 1
	pa := &gst.a
	*pa = 'g'
	gst.b = int32(*pa) << 24
	pc := &gst.c
	*pc = gst.b < 0
}

func main() {
	next, pc := counter8()
	for i := 0; i < 6; i++ {
		fmt.Print(next(), " ")
	}
	*pc = -128
	fmt.Println(next(), *pc)

	add := counterU16(65530)
	fmt.Println(add(3), add(3), add(65535), add(1))

	p := escape16()
	q := escape16()
	*q = 7
	fmt.Println(*p, *q, p == q)

	a, b := pair()
	*a, *b = *b+254, *a+254
	fmt.Println(*a, *b)

	mutateGlobals()
	fmt.Println(gb, gi8, gu8, gi16, gu16, gi32, gu32, gf, garr, gst)
	mutateGlobals()
	fmt.Printf("%v %d %d %d %d %d %d %v %v %+v\n", gb, gi8, gu8, gi16, gu16, gi32, gu32, gf, garr, gst)

	// captured narrow locals in a loop, each iteration its own variable
	var fs []func() int8
	for i := int8(120); i < 126; i++ {
		fs = append(fs, func() int8 { i += 5; return i })
	}
	for _, f := range fs {
		fmt.Print(f(), f(), " ")
	}
	fmt.Println()

	// a closure and a pointer sharing one escaped struct
	type acc struct {
		n   int8
		sum int16
		any bool
	}
	var st acc
	push := func(v int8) {
		st.n++
		st.sum += int16(v)
		st.any = true
	}
	ps := &st
	for _, v := range []int8{-128, 127, -1, 100} {
		push(v)
	}
	ps.n *= 40
	fmt.Printf("%+v %+v\n", st, *ps)

	// byte locals captured by deferred closures
	fmt.Println(deferred())

	var f32 float32 = 0.1
	mul := func() { f32 *= 3 }
	mul()
	pf := &f32
	*pf += 0.1
	fmt.Println(f32, float64(f32))
}

func deferred() (out []byte) {
	var b byte = 'a'
	defer func() { out = append(out, b) }()
	defer func() { b += 25 }()
	pb := &b
	*pb = 'x'
	out = append(out, *pb)
	return
}
