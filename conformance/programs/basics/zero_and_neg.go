package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	x := 0.0
	neg := -x
	fmt.Println(neg, -0.0, 1/neg, math.Signbit(neg), math.Signbit(-0.0))
	fmt.Printf("%v %.2f %g %e %+v\n", neg, neg, neg, neg, neg)
	fmt.Println(strconv.FormatFloat(neg, 'f', -1, 64), neg == 0, neg == x)
	var f32 float32 = float32(neg)
	fmt.Println(f32, math.Signbit(float64(f32)))
	fmt.Println(math.Copysign(3, neg), math.Abs(neg), math.Sqrt(neg), math.Sqrt(-1))
	fmt.Println(min(x, neg), max(x, neg), min(neg, x), max(neg, x))
	fmt.Println(min(3, 1, 2), max("b", "abc", "a"), min(2.5, 1), max('a', 'b'))
	var i8 int8 = -128
	fmt.Println(min(i8, 0), max(i8, -i8))
	fmt.Println(math.Floor(-0.5), math.Ceil(-0.5), math.Round(-0.4), math.Trunc(-0.9))
	fmt.Println(math.Mod(-7, 3), math.Mod(7, -3), math.Remainder(7, 3), math.Mod(1, 0))
	fmt.Println(math.Pow(0, -1), math.Pow(-8, 1.0/3), math.Pow(2, 0.5), math.Pow(-2, 3))
	fmt.Println(math.Log(0), math.Log(-1), math.Exp(710), math.Exp(-750))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(-27), math.Atan2(0, -1), math.Atan2(neg, -1))
	fmt.Println(math.MaxInt, math.MinInt, -math.MaxInt-1 == math.MinInt)
	fmt.Println(math.Float64bits(neg), math.Float32bits(float32(1)), math.Float64frombits(0x7ff8000000000001))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp)
	fmt.Println(math.IsInf(math.Inf(-1), -1), math.IsInf(math.Inf(1), -1), math.IsInf(1, 0))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter32(1, 2))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Float64bits(math.Copysign(0, -1)) == 1<<63)
}
