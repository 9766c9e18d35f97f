// Index and slice-bounds errors on narrow slices, arrays and strings,
// recovered and printed, then an unrecovered index out of range on an
// []int16 element reached through a struct pointer.
package main

import "fmt"

type Buf struct {
	tag  byte
	data []int16
	arr  [4]uint8
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func idx(n int) int { return n }

func main() {
	b := make([]byte, 3, 8)
	i8 := []int8{-1, -2}
	u16 := [3]uint16{1, 2, 3}
	r := []rune("añb")
	f := []float32{0.5}
	bl := make([]bool, 0, 2)
	var nilb []uint32
	try("byte", func() { b[idx(3)] = 1 })
	try("byte cap", func() { fmt.Println(b[idx(7)]) })
	try("int8 neg", func() { i8[idx(-1)]++ })
	try("array", func() { u16[idx(3)] = 0 })
	try("rune", func() { _ = r[idx(len(r))] })
	try("float32", func() { f[idx(1)] *= 2 })
	try("bool", func() { bl[idx(0)] = true })
	try("nil", func() { nilb[idx(0)] = 1 })
	try("addr", func() { p := &i8[idx(2)]; *p = 0 })
	try("slice hi", func() { _ = b[:idx(9)] })
	try("slice lo>hi", func() { _ = b[idx(2):idx(1)] })
	try("slice3", func() { _ = b[0:idx(4):idx(3)] })
	try("slice3 cap", func() { _ = i8[0:1:idx(3)] })
	try("string", func() { s := "héllo"; _ = s[idx(6)] })
	try("string slice", func() { s := "héllo"; _ = s[idx(3):idx(9)] })
	try("array ptr", func() { pa := &u16; pa[idx(5)]++ })
	fmt.Println(b, i8, u16, string(r), f, bl, nilb)

	buf := &Buf{tag: 'x', data: make([]int16, 5)}
	for i := range buf.data {
		buf.data[i] = int16(i * -7000)
	}
	fmt.Println(buf.data, buf.arr)
	k := len(buf.data)
	buf.data[k] = 1
	fmt.Println("unreachable")
}
