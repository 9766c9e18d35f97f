package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i16 int16 = -32768
	i16 = -i16
	fmt.Println(i16)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(u32)
	var i64 int64 = 1 << 62
	i64 *= 4
	fmt.Println(i64)
	big := 300
	fmt.Println(int8(big), uint8(big), int16(70000+big), uint16(big-301))
	neg := -1
	fmt.Println(uint(neg), uint32(neg), uint64(neg), uintptr(neg&0xffff))
	var sh uint = 70
	one := 1
	fmt.Println(one<<sh, one<<63, uint64(1)<<63, int32(1)<<31, -1>>sh, -8>>1)
	var u uint64 = 0xdeadbeefcafebabe
	fmt.Println(u>>60, u<<60, u>>sh, uint8(u), int8(u), int32(u))
	fmt.Printf("%x %x %x\n", u&0xffff, u|0xf, u^u>>32)
	fmt.Printf("%b %o %X\n", uint8(0b1010_1010)&^0b1111, 0o777, 0xAB_CD)
	x := 0x7fffffffffffffff
	x++
	fmt.Println(x, -x, x-1)
	b := byte('a')
	b += 200
	fmt.Println(b, string(rune(b)))
	var r rune = 0x10FFFF
	r++
	fmt.Println(r, string(r) == "\uFFFD", []byte(string(r)))
	m := -7
	fmt.Println(m>>1, m/2, m%2, uint8(m)>>1)
	var n8 int8 = -128
	fmt.Println(n8/-1, n8*-1, n8-1)
	c := uint16(65535)
	c += c
	fmt.Println(c, ^c, ^0, ^uint8(1))
	p := 1
	for i := 0; i < 70; i++ {
		p *= 3
	}
	fmt.Println(p)
}
