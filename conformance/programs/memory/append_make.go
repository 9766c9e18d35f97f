// append(s, make([]T, n)...) appends n zero elements without making the
// slice (gc's extendSlice): a negative n is makeslice's len error, a
// length past maxAlloc or past maxInt is growslice's; the zeroed part
// reuses spare capacity, clearing what was there. A make of a named
// slice type, or with a capacity, is an ordinary make; the last append
// cannot be backed: Go's fatal out of memory.
package main

import (
	"fmt"
	"math"
)

type S []int64

func try(what string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what, "panics:", r)
		}
	}()
	fmt.Println(what, f())
}

func main() {
	var n int = -1
	try("negative", func() int { return len(append([]int64(nil), make([]int64, n)...)) })
	var u uint64 = 1 << 63
	try("uint64 1<<63", func() int { return len(append([]int64{1}, make([]int64, u)...)) })
	var u8 uint8 = 200
	try("uint8", func() int { return len(append([]int64{1}, make([]int64, u8)...)) })
	for _, k := range []int{62, 60, 50, 46} {
		k := k
		try(fmt.Sprint("1<<", k), func() int {
			return len(append([]int64(nil), make([]int64, 1<<k)...))
		})
	}
	try("byte 1<<49", func() int { return len(append([]byte("ab"), make([]byte, 1<<49)...)) })
	long := make([]int64, 10)
	try("len overflow", func() int { return len(append(long, make([]int64, math.MaxInt-5)...)) })
	z := make([]struct{}, 1<<62)
	try("zero-size", func() int { return len(append(z, make([]struct{}, 1<<61)...)) })
	try("zero-size overflow", func() int { return len(append(z, make([]struct{}, 1<<62)...)) })

	// Ordinary makes: a named slice type, a capacity.
	try("named", func() int { return len(append([]int64(nil), make(S, 1<<60)...)) })
	try("named result", func() int { return len(append(S(nil), make([]int64, 1<<60)...)) })
	try("with cap", func() int { return len(append([]int64(nil), make([]int64, 1<<60, 1<<60)...)) })

	// Within capacity the new elements are cleared.
	base := []int{1, 2, 3, 4, 5, 6}
	t := base[:2]
	t = append(t, make([]int, 3)...)
	fmt.Println(t, base, len(t), cap(t))
	// Zero elements: the slice is unchanged, nil stays nil.
	var nilS []string
	nilS = append(nilS, make([]string, 0)...)
	fmt.Println(nilS == nil, len(nilS))
	// Growth follows growslice.
	for _, k := range []int{1, 5, 100, 1000, 5000} {
		g := append([]int{1, 2, 3}, make([]int, k)...)
		b := append([]byte("xyz"), make([]byte, k)...)
		p := append([]*int{nil}, make([]*int, k)...)
		fmt.Println(k, len(g), cap(g), len(b), cap(b), len(p), cap(p), g[len(g)-1], b[len(b)-1], p[len(p)-1] == nil)
	}
	// As an argument, in a map element and of structs.
	type pt struct{ x, y int }
	m := map[string][]pt{"a": {{1, 2}}}
	m["a"] = append(m["a"], make([]pt, 2)...)
	fmt.Println(m["a"], len(append(m["a"], make([]pt, 7)...)))
	fmt.Println("before the fatal one")
	big := 1 << 45
	s := append([]int64(nil), make([]int64, big)...)
	fmt.Println("unreachable", len(s))
}
