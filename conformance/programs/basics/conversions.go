package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(2.5e9), uint8(int(f)))
	g := -0.5
	fmt.Println(int(g))
	i := 7
	fmt.Println(float64(i)/2, float32(i)/3)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), float32(0.1) == 0.1)
	var d float64 = 1.0 / 3.0
	fmt.Println(d, float32(d), float64(float32(d)))
	big := 16777217
	fmt.Println(float32(big), int(float32(big)))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	s := "héllo, 世界"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(s), len(bs), len(rs))
	fmt.Println(bs)
	fmt.Println(rs)
	fmt.Println(string(bs[1:3]), string(rs[1:3]))
	bs[0] = 'H'
	fmt.Println(string(bs), s)
	type Celsius float64
	type MyInt int
	c := Celsius(36.6)
	mi := MyInt(5)
	fmt.Println(c, float64(c)+1, mi, int(mi)*2)
	var b byte = 'a'
	r := rune(b) + 1
	fmt.Println(b, r, string(r))
	u := uint32(1 << 31)
	fmt.Println(int32(u), int64(int32(u)), uint64(int32(u)))
	fmt.Println(string([]byte{104, 105}), string([]rune{0x263A, 'x'}))
}
