// Locals that escape (address taken, captured by reference, arrays):
// pointers to them returned or stored, the frames gone, collections run,
// and the boxes still hold their values and stay shared.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type pt struct{ x, y int }

func addr(i int) *int {
	v := i * i
	return &v
}

func fieldAddr(i int) *string {
	p := pt{i, -i}
	s := struct {
		p    pt
		name string
	}{p, "n" + strconv.Itoa(i)}
	return &s.name
}

func arrElem(i int) (*int, *[4]int) {
	var a [4]int
	for j := range a {
		a[j] = i + j
	}
	return &a[2], &a
}

func counterPair() (inc func() int, get func() *int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() *int { return &n }
	return
}

func sliceOfAddrs(n int) []*pt {
	out := make([]*pt, 0, n)
	for i := 0; i < n; i++ {
		p := pt{i, i * 2} // per-iteration variable
		out = append(out, &p)
	}
	return out
}

func chain(v int) ***int {
	x := v
	px := &x
	ppx := &px
	return &ppx
}

func main() {
	var ints []*int
	var strs []*string
	for i := 0; i < 5000; i++ {
		a := addr(i)
		s := fieldAddr(i)
		if i%500 == 0 {
			ints = append(ints, a)
			strs = append(strs, s)
		}
	}
	runtime.GC()
	for i := range ints {
		fmt.Print(*ints[i], " ", *strs[i], "; ")
	}
	fmt.Println()

	e, whole := arrElem(10)
	e2, _ := arrElem(20)
	runtime.GC()
	*e += 100
	fmt.Println(*e, *whole, *e2, &whole[2] == e)

	inc, get := counterPair()
	p := get()
	for i := 0; i < 10; i++ {
		inc()
		if i%3 == 0 {
			runtime.GC()
		}
	}
	*p += 1000
	inc, get = nil, nil
	runtime.GC()
	fmt.Println(*p)

	pts := sliceOfAddrs(2000)
	s := 0
	for _, q := range pts {
		s += q.x + q.y
	}
	kept := pts[1999]
	pts = nil
	runtime.GC()
	fmt.Println(s, *kept)

	// A pointer to a pointer to a pointer, only the outer one kept.
	pppx := chain(5)
	runtime.GC()
	***pppx++
	fmt.Println(***pppx, **pppx == **chain(7), ***chain(8))
}
