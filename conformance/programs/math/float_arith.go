package main

import "fmt"

func main() {
	a := 0.1
	b := 0.2
	fmt.Println(a+b == 0.3, a+b)
	const ca, cb = 0.1, 0.2
	fmt.Println(ca+cb == 0.3, ca+cb)
	var x float32 = 0.1
	var y float32 = 0.2
	fmt.Println(x+y, x+y == 0.3, float64(x+y))
	var f32 float32 = 16777216
	f32++
	fmt.Println(f32)
	var acc float32
	for i := 0; i < 10; i++ {
		acc += 0.1
	}
	fmt.Println(acc)
	var acc64 float64
	for i := 0; i < 10; i++ {
		acc64 += 0.1
	}
	fmt.Println(acc64)
	fmt.Println(7.0/2, -7.0/2, float64(7)/float64(-2))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	n := -zero
	fmt.Println(n, 1/n, n == 0)
	fmt.Println(float32(1)/3, float64(float32(1)/3))
	i := 1 << 53
	fmt.Println(float64(i)+1 == float64(i), float64(i+1))
	big := 1e308
	fmt.Println(big*10, -big*10)
	fmt.Println(int64(float64(1<<62)), int(1e18), int32(float32(1e9)))
	h := 2.5
	fmt.Println(int(h), int(-h), int(h+0.5))
	var g float64 = 3
	g /= 2
	g *= g
	g -= 0.25
	fmt.Println(g)
	fmt.Println(1e100, 1e-100, 123e-5, 0x1p4, 0x1.8p1)
}
