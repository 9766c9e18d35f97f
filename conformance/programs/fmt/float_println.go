package main

import (
	"fmt"
	"math"
)

func main() {
	zeroVar := 0.0
	fmt.Println(1e21, 1e20, 123456789.0, 1e6, 1.5e-7)
	fmt.Println(0.1+0.2, 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a*3, 1/3.0, 2.0/3)
	fmt.Println(-0.0, -zeroVar, 1/math.Inf(-1))
	fmt.Println(math.NaN(), math.Inf(1), math.Inf(-1), -math.Inf(1))
	var f32 float32 = 0.1
	var g32 float32 = 1.0 / 3.0
	fmt.Println(f32, g32, f32+g32, float32(16777217), float32(0.1)*3)
	fmt.Println(float64(f32), float32(1e21), float32(1e20))
	fmt.Println(100.0, 3.0, 2.5, -7.25, 1e-320)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(3.4028234663852886e+38), 3.4028234663852886e+38)
	x := 10.0
	for i := 0; i < 4; i++ {
		x *= 1000
		fmt.Print(x, " ")
	}
	fmt.Println()
	fmt.Println(fmt.Sprint(1.0), fmt.Sprint(float32(2)), fmt.Sprintf("%v", 5e-324))
	fmt.Println(99999999999999999999.0, 999999999999999999999.0, 0.000001, 0.0000001)
	fmt.Println(2.0/0.3, 7.0/2, 1e15+0.3)
	z := 0.0
	fmt.Println(1/z, -1/z, z/z == z/z)
}
