package main

import "fmt"

func main() {
	var x int = 1
	for _, s := range []uint{0, 1, 31, 32, 63, 64, 65, 100, 1000} {
		fmt.Println(s, x<<s, -8>>s, int8(-8)>>s, uint8(200)>>s, int32(1)<<s, uint64(1)<<s)
	}
	var sh int = 3
	fmt.Println(1<<sh, 256>>sh)
	var s8 int8 = 7
	fmt.Println(1<<s8, int8(1)<<s8, uint8(1)<<s8)
	var us uint8 = 255
	fmt.Println(x<<us, int64(-1)>>us, uint32(0xffffffff)>>us)
	var i64 int64 = -1
	fmt.Println(i64 << 63, i64 >> 63, uint64(i64) >> 63)
	a := int16(0x4000)
	fmt.Println(a<<1, a<<2, a>>14, a>>15)
	var b uint16 = 0x8000
	fmt.Println(b<<1, b>>15, b>>16)
	// shift counts of various types
	var c8 uint8 = 2
	var c16 int16 = 3
	var c64 uint64 = 4
	fmt.Println(1<<c8, 1<<c16, 1<<c64, 1.0*float64(int(1)<<c8))
	// untyped constant shift in expression context
	var f float64 = 1 << 3
	fmt.Println(f)
	const k = 1 << 62
	fmt.Println(k>>60, uint64(k)<<1)
	// &^ and friends
	fmt.Println(0xff&^0x0f, 6&3, 6|3, 6^3, ^6, -6&^1)
	var m uint8 = 0b10101010
	fmt.Println(m&^0b00001111, m^0xff, m|1, m&0x0f)
	fmt.Printf("%08b %08b\n", m>>3, m<<3)
}
