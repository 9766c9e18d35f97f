// Runtime errors computed from narrow values loaded from memory: integer
// division by a zero int8 element, a slice length from a negative int16,
// a nil map of struct values written, and finally an unrecovered
// conversion of a slice of bytes to a too-long array.
package main

import "fmt"

type P struct {
	x int8
	y uint16
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	zs := []int8{0, 1}
	u := []uint8{0}
	ns := []int16{-1, 5}
	var m map[P]P
	try("div int8", func() { fmt.Println(zs[1] / zs[0]) })
	try("mod uint8", func() { fmt.Println(u[0] % u[0]) })
	try("min int8 / -1", func() { a, b := int8(-128), int8(-1); fmt.Println(a/b, a%b) })
	try("make neg", func() { _ = make([]byte, ns[0]) })
	try("make cap", func() { _ = make([]int16, ns[1], ns[1]-1) })
	try("nil map", func() { m[P{1, 2}] = P{3, 4} })
	fmt.Println(m[P{1, 2}], len(m))
	try("array conv", func() { b := []byte("abc"); a := [4]byte(b); fmt.Println(a) })
	try("array ptr conv", func() { b := []int16{1}; a := (*[2]int16)(b); fmt.Println(a) })
	b := []byte("abcd")
	a4 := [4]byte(b)
	pa := (*[2]byte)(b[1:])
	pa[0] = 'B'
	a4[0] = 'A'
	fmt.Println(string(b), a4, *pa)
	short := b[:3]
	fmt.Println([3]byte(short))
	x := [4]byte(short)
	fmt.Println(x)
}
