package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	i8 = -128
	fmt.Println(-i8, i8-1, i8*-1, i8/-1)
	var u8 uint8 = 200
	fmt.Println(u8+100, u8*2, u8<<1, -u8, ^u8, u8-201)
	var i16 int16 = 32767
	fmt.Println(i16+1, i16*2, -(-i16 - 1))
	var u16 uint16 = 0
	u16--
	fmt.Println(u16, u16*u16)
	var i32 int32 = -2147483648
	fmt.Println(-i32, i32-1, i32/-1, i32%-1)
	var u32 uint32 = 1 << 31
	fmt.Println(u32*2, u32+u32-1, ^u32)
	var i64 int64 = -9223372036854775808
	fmt.Println(-i64, i64-1, i64/-1, i64%-1)
	var u64 uint64 = 18446744073709551615
	fmt.Println(u64+1, u64*u64, u64/3, -u64)
	var ui uint = 0
	fmt.Println(ui-1, ^ui)
	var up uintptr = 0
	fmt.Println(up - 1)
	var n int = 9223372036854775807
	fmt.Println(n+1, n*2, n*n)

	// multiplication overflow patterns
	a := int32(65536)
	fmt.Println(a*a, a*a*a)
	b := int8(16)
	fmt.Println(b*b, b*8, b*9)
	var c uint8 = 15
	fmt.Println(c*c*c, c<<4, c<<5)
	// compound assign wrap
	var d int8 = 100
	d += 100
	fmt.Println(d)
	d -= 100
	fmt.Println(d)
	d *= 3
	fmt.Println(d)
	d <<= 2
	fmt.Println(d)
	d >>= 1
	fmt.Println(d)
	// byte arithmetic on string bytes
	s := "z"
	fmt.Println(s[0]+10, s[0]*2, string(rune(s[0]+1)))
	// conversions truncation
	big := 0x12345678
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	v200, v40k, v3g, v63 := uint8(200), uint16(40000), uint32(3000000000), uint64(1<<63)
	fmt.Println(int8(v200), int16(v40k), int32(v3g), int64(v63))
	// rune arithmetic
	r := 'a'
	r += 2
	fmt.Println(r, string(r), r-'a')
	// division/modulo sign rules
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		fmt.Print(p[0]/p[1], " ", p[0]%p[1], "; ")
	}
	fmt.Println()
	var x8 int8 = -7
	fmt.Println(x8/2, x8%2, x8>>1, uint8(x8)>>1)
}
