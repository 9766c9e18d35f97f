package main

import "fmt"

func takesU8(v uint8) uint8 { return v }
func takesI64(v int64) int64 { return v }

func main() {
	var s uint = 8
	var u8 uint8 = 1 << s
	fmt.Println(u8, uint8(1<<s), takesU8(1<<s), 1<<s)
	var i64 int64 = 1 << (s * 5)
	fmt.Println(i64, takesI64(1<<(s*5)), int32(1<<(s*4-1)))
	var x int = 1.0 << s
	fmt.Printf("%T %v\n", x, x)
	var f float64 = float64(int(1) << s)
	fmt.Println(f)
	var i16 int16 = 0x7fff
	fmt.Println(i16<<1, int16(1)<<(s+7), -1<<s)
	var arr [4]int
	fmt.Println(len(arr) << s)
	const c = 3
	fmt.Println(c<<s, uint8(c)<<s, int8(c<<s))
	fmt.Println(uint16(1)<<s<<s, uint32(1)<<(s*4))
	var r rune = 'a'
	fmt.Println(r<<s, byte('a')<<1)
	m := map[string]uint8{"k": 1 << s}
	fmt.Println(m)
	sl := []int8{1 << 6, 1 << (s - 2)}
	fmt.Println(sl)
	var b byte = 0x80
	fmt.Println(b>>s, b>>7, int8(b)>>7, int8(b)>>s)
	var sh int = 2
	fmt.Println(1<<sh+1, (1<<sh)+1, 1<<(sh+1))
	fmt.Println(^uint8(0)>>1, ^0, ^uint(0)>>63)
	v200, v100 := uint8(200), int8(100)
	fmt.Println(v200+uint8(100), v100+int8(100)-1)
}
