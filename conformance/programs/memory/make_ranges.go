// Every form of make whose size the program controls: a length or
// capacity out of range is a recoverable runtime error (makeslice: len /
// cap out of range, growslice: len out of range), whatever the integer
// type of the size, the element size, or how the size overflows; a huge
// map hint is ignored. None of these allocates.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if _, ok := r.(interface{ RuntimeError() }); r != nil && !ok {
			fmt.Println(name, "not a runtime.Error:", r)
			return
		}
		fmt.Printf("%-14s %v\n", name, r)
	}()
	f()
}

type pair struct{ a, b int64 }

func main() {
	neg, three := -1, 3
	big := 1 << 62
	var i8 int8 = -5
	var u64 uint64 = 1 << 63
	var u32 uint32 = 1<<32 - 1
	var i64 int64 = -1 << 63

	try("len<0", func() { _ = make([]int, neg) })
	try("len<0 int8", func() { _ = make([]byte, i8) })
	try("len min int64", func() { _ = make([]string, i64) })
	try("len uint64", func() { _ = make([]byte, u64) })
	try("cap<0", func() { _ = make([]int, 0, neg) })
	try("cap<len", func() { _ = make([]int, 4, three) })
	try("cap<0 int8", func() { _ = make([]byte, 0, i8) })
	try("cap uint64", func() { _ = make([]byte, 1, u64) })
	try("len>maxAlloc", func() { _ = make([]byte, big) })
	try("len*8", func() { _ = make([]int64, 1<<45+three-3+1) })
	try("len*16 wraps", func() { _ = make([]pair, big) })
	try("len*16 wraps2", func() { _ = make([]pair, 1<<60+three) })
	try("array elems", func() { _ = make([][1 << 20]byte, 1<<30+three) })
	try("cap>maxAlloc", func() { _ = make([]byte, 0, big) })
	try("cap*8", func() { _ = make([]float64, 10, 1<<46+three) })
	try("len and cap", func() { _ = make([]int, big, big) })
	try("len ok cap<0", func() { _ = make([]int, 0, i64) })
	try("uint32 ok", func() {
		s := make([]struct{}, u32)
		fmt.Println("uint32 len", len(s), cap(s))
	})
	try("zero-size", func() {
		s := make([]struct{}, big, big+1)
		fmt.Println("zero-size", len(s), cap(s))
	})
	try("zero-size<0", func() { _ = make([]struct{}, neg) })
	try("zero-size arr", func() { _ = make([][0]int, 0, neg) })
	try("append wraps", func() {
		z := make([]struct{}, big)
		z = append(z, z...)
		fmt.Println("doubled", len(z))
		z = append(z, z...)
		fmt.Println("unreachable", len(z))
	})
	try("append one", func() {
		z := make([]struct{}, 1<<63-1)
		z = append(z, struct{}{})
		fmt.Println("unreachable", len(z))
	})
	try("map hint", func() {
		m := make(map[int]int, big)
		m[1] = 2
		fmt.Println("map", len(m), m[1])
	})
	try("map hint 2^40", func() {
		m := make(map[string][]int, 1<<40+three-3)
		fmt.Println("map", len(m))
	})
	try("map hint u64", func() {
		m := make(map[int]bool, u64-1)
		fmt.Println("map", len(m))
	})
	try("map hint<0", func() { _ = make(map[int]int, neg) })
	try("small ok", func() {
		s := make([]int, three, three*2)
		fmt.Println("small", len(s), cap(s))
	})
}
