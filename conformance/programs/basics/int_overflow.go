package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int32 = 2147483647
	c += 1
	fmt.Println(c)
	var d uint32 = 4294967295
	d += 2
	fmt.Println(d)
	var e int64 = 9223372036854775807
	e++
	fmt.Println(e)
	var f int16 = -32768
	f = -f
	fmt.Println(f)
	var g uint16 = 300
	g *= 300
	fmt.Println(g)
	var h int8 = -128
	h /= -1
	fmt.Println(h)
	var i int = -9223372036854775808
	fmt.Println(i/-1, i%-1)
	var m uint64 = 1<<64 - 1
	m *= m
	fmt.Println(m)
	var n int8 = 100
	fmt.Println(n*3, n+n, int8(n*2))
	var u uint = 3
	fmt.Println(u - 5)
	var k int32 = 1 << 30
	fmt.Println(k*4, k*2)
	x := 200
	fmt.Println(int8(x), uint8(x+100), int16(x*350), uint32(-x))
}
