// Hot functions (called thousands of times, so the JIT compiles them)
// whose frames hold pointers, slices, strings, interfaces and closures in
// locals and temporaries across calls that collect, including calls in
// the middle of expressions and loops.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type vec struct {
	xs   []int
	name string
}

type op interface{ apply(v *vec) int }

type sum struct{}
type scaled struct{ k *int }

func (sum) apply(v *vec) int {
	t := 0
	for _, x := range v.xs {
		t += x
	}
	return t
}

func (s scaled) apply(v *vec) int { return *s.k * len(v.xs) }

var calls int

func maybeGC() int {
	calls++
	if calls%400 == 0 {
		runtime.GC()
	}
	return 1
}

func work(i int, o op) int {
	v := &vec{xs: []int{i, i + 1, i + 2}, name: "v" + strconv.Itoa(i)}
	w := &vec{xs: make([]int, i%5), name: strings.Repeat("w", i%3)}
	k := i % 11
	f := func() int { return k + len(w.name) }
	// maybeGC runs between evaluating operands held in temporaries.
	r := o.apply(v) + maybeGC() + len(v.name) + maybeGC() + f() + o.apply(w)
	for j := 0; j < 3; j++ {
		r += maybeGC() + v.xs[j]
	}
	return r + len(w.xs)
}

func build(i int) []string {
	parts := make([]string, 0, 4)
	for j := 0; j < 4; j++ {
		parts = append(parts, strconv.Itoa(i*j))
		maybeGC()
	}
	return parts
}

func concat(i int) string {
	a := strconv.Itoa(i)
	b := strings.Repeat("-", i%4)
	return a + b + strconv.Itoa(maybeGC()) + a
}

func main() {
	k := 3
	ops := []op{sum{}, scaled{&k}}
	total := 0
	for i := 0; i < 6000; i++ {
		total += work(i, ops[i%2])
	}
	fmt.Println("work", total, calls)

	var keep [][]string
	for i := 0; i < 3000; i++ {
		p := build(i)
		if i%500 == 0 {
			keep = append(keep, p)
		}
	}
	runtime.GC()
	fmt.Println("build", keep)

	n := 0
	last := ""
	for i := 0; i < 4000; i++ {
		s := concat(i)
		n += len(s)
		last = s
	}
	runtime.GC()
	fmt.Println("concat", n, last, calls)
}
