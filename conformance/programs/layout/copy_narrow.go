// copy between slices of narrow types: overlapping forwards and backwards,
// partial copies, copy([]byte, string), copies of struct and array
// elements, and the counts copy returns.
package main

import "fmt"

type B3 struct {
	a byte
	b int16
	c bool
}

func main() {
	b := []byte("0123456789")
	n := copy(b[2:], b)
	fmt.Println(n, string(b))
	b = []byte("0123456789")
	n = copy(b, b[3:])
	fmt.Println(n, string(b))
	b = []byte("0123456789")
	n = copy(b[1:4], b[5:])
	fmt.Println(n, string(b))

	i16 := []int16{-32768, -1, 0, 1, 32767, 5, 6, 7}
	n = copy(i16[1:], i16)
	fmt.Println(n, i16)
	n = copy(i16, i16[4:])
	fmt.Println(n, i16)

	i32 := make([]int32, 5)
	u32 := []int32{-1, 2147483647, -2147483648}
	n = copy(i32[1:], u32)
	fmt.Println(n, i32)
	n = copy(i32[3:], i32)
	fmt.Println(n, i32)

	// copy from a string into bytes: short destination, multi-byte text
	dst := make([]byte, 5)
	n = copy(dst, "héllo wörld")
	fmt.Println(n, dst, string(dst))
	n = copy(dst[3:], "XYZ")
	fmt.Println(n, string(dst))
	long := make([]byte, 20)
	n = copy(long, "short")
	fmt.Println(n, long)

	// copy between arrays through slices
	var a8 [6]int8
	src := [4]int8{-128, 127, -1, 1}
	n = copy(a8[1:], src[:])
	fmt.Println(n, a8)
	n = copy(a8[:], a8[2:])
	fmt.Println(n, a8)

	u8 := []uint8{10, 20, 30, 40, 50, 60, 70, 80}
	for shift := 1; shift < 4; shift++ {
		c := append([]uint8(nil), u8...)
		copy(c[shift:], c)
		d := append([]uint8(nil), u8...)
		copy(d, d[shift:])
		fmt.Println(shift, c, d)
	}

	bl := []bool{true, false, false, true, true}
	copy(bl[1:], bl)
	fmt.Println(bl)

	u16 := []uint16{65535, 1, 2, 3}
	x := make([]uint16, 2)
	fmt.Println(copy(x, u16), x, copy(x, u16[3:]), x)

	f32 := []float32{0.1, 0.2, 0.3, 0.4}
	copy(f32[1:], f32[:3])
	fmt.Println(f32)

	rs := []rune("αβγδε")
	copy(rs[2:], rs)
	fmt.Println(string(rs), rs)

	// struct elements copy as a whole
	bs := []B3{{1, -1, true}, {2, -2, false}, {3, -3, true}, {4, -4, false}}
	copy(bs[1:], bs)
	fmt.Println(bs)
	bs[1].b = 999
	fmt.Println(bs[0], bs[1])
	arrs := [][2]uint8{{1, 2}, {3, 4}, {5, 6}}
	copy(arrs, arrs[1:])
	arrs[0][0] = 255
	fmt.Println(arrs)

	// zero-length and nil copies
	var nilb []byte
	fmt.Println(copy(nilb, "abc"), copy(b, nilb), copy(b[:0], b), string(b))
}
