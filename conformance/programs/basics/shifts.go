package main

import "fmt"

func main() {
	var one int64 = 1
	for _, s := range []uint{0, 1, 31, 32, 62, 63, 64, 65, 100} {
		fmt.Println(s, one<<s, int32(1)<<s, uint8(1)<<s)
	}
	var neg int32 = -100
	fmt.Println(neg>>1, neg>>3, neg>>31, neg>>32, neg>>100)
	var neg8 int8 = -1
	fmt.Println(neg8>>7, neg8>>8, neg8<<7, neg8<<8)
	var u uint32 = 0x80000000
	fmt.Println(u>>31, u>>32, u<<1)
	x := 5
	n := 2
	fmt.Println(x<<n, x>>n, x<<uint8(n), -x>>1)
	// untyped constant shifts
	const big = 1 << 100
	fmt.Println(big>>98, big/(1<<99))
	const s = 3
	var f float64 = 1 << s
	fmt.Println(f)
	var b byte = 1 << 7
	fmt.Println(b)
	fmt.Println(1<<10, 0xff>>4, -8>>1)
	var sh int = 70
	fmt.Println(one<<sh, uint64(1)<<63>>sh)
}
