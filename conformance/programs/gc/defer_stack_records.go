// Functions with more than eight defers (stack-allocated defer records in
// gc), run normally or during a panic: each
// record's arguments are reachable only from the record while
// collections run, including from deferred calls of other records.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type acc struct {
	parts []string
}

func (a *acc) add(s string, xs []int, p *int, v interface{}) {
	a.parts = append(a.parts, fmt.Sprint(s, len(xs), *p, v))
	runtime.GC()
}

func nine(k int) (a *acc) {
	a = &acc{}
	mk := func(i int) (string, []int, *int, interface{}) {
		n := i * k
		return strings.Repeat("s", i) + strconv.Itoa(k), make([]int, i), &n, []string{"v" + strconv.Itoa(i)}
	}
	s0, x0, p0, v0 := mk(0)
	defer a.add(s0, x0, p0, v0)
	s1, x1, p1, v1 := mk(1)
	defer a.add(s1, x1, p1, v1)
	s2, x2, p2, v2 := mk(2)
	defer a.add(s2, x2, p2, v2)
	s3, x3, p3, v3 := mk(3)
	defer a.add(s3, x3, p3, v3)
	s4, x4, p4, v4 := mk(4)
	defer a.add(s4, x4, p4, v4)
	s5, x5, p5, v5 := mk(5)
	defer a.add(s5, x5, p5, v5)
	s6, x6, p6, v6 := mk(6)
	defer a.add(s6, x6, p6, v6)
	s7, x7, p7, v7 := mk(7)
	defer a.add(s7, x7, p7, v7)
	s8, x8, p8, v8 := mk(8)
	defer a.add(s8, x8, p8, v8)
	s9 := strings.ToUpper(s8)
	defer func() {
		runtime.GC()
		a.parts = append(a.parts, "closure:"+s9)
	}()
	s0, x0, p0, v0 = "", nil, nil, nil
	s8, x8, p8, v8 = "", nil, nil, nil
	runtime.GC()
	if k%2 == 1 {
		panic("odd " + strconv.Itoa(k))
	}
	return a
}

func run(k int) (a *acc, r interface{}) {
	defer func() {
		r = recover()
		runtime.GC()
	}()
	return nine(k), nil
}

// Many returns times defers: stack records as well in gc.
func manyReturns(n int) (out string) {
	b := []byte("b")
	defer func() { out += string(b) }()
	c := strings.Repeat("c", n)
	defer func() { out += c; runtime.GC() }()
	d := &acc{parts: []string{"d"}}
	defer func() { out += d.parts[0] }()
	e := map[string]string{"e": "E"}
	defer func() { out += e["e"] }()
	switch {
	case n == 0:
		return "0:"
	case n == 1:
		return "1:"
	case n == 2:
		return "2:"
	case n == 3:
		return "3:"
	}
	runtime.GC()
	return "n:"
}

func main() {
	for k := 1; k <= 3; k++ {
		a, r := run(k)
		runtime.GC()
		fmt.Println(k, r, a == nil)
		if a != nil {
			fmt.Println(strings.Join(a.parts, " "))
		}
	}
	for n := 0; n < 6; n++ {
		fmt.Println(manyReturns(n))
	}
}
