package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0.5, -0.5, 1.9999, -1.9999, 2147483647.5, -2147483648.9, 1e10, -1e10, 255.9, 256, -1,
		9.2233720368547748e18, -9.2233720368547758e18, 1.8446744073709552e19}
	for _, v := range vals {
		fmt.Println(v, int(v), int32(v), int64(v), uint8(int(v)))
	}
	f32 := float32(16777217)
	fmt.Println(f32, int(f32), int64(float32(1e9)))
	fmt.Println(float32(0.1) == 0.1, float64(float32(0.1)) == 0.1, float32(0.5) == 0.5)
	x := 1e300
	fmt.Println(float32(x), float32(-x), float32(1e-50))
	fmt.Println(int64(math.Trunc(-3.7)), int(math.Floor(-3.2)), int(math.Ceil(-3.2)), int(math.Round(-2.5)))
	var u uint32 = 4294967295
	fmt.Println(float32(u), float64(u), float32(uint64(1<<63)))
	var i int64 = 1<<53 + 1
	fmt.Println(float64(i), int64(float64(i)), float32(i))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8, math.MaxInt32)
	fmt.Println(7/2, 7.0/2, float64(7)/2, 7/2.0, -7/2)
	d := 0.0
	fmt.Println(1/d, -1/d, d/d == d/d, math.IsNaN(d/d))
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, nan > 1, nan != nan, math.Max(nan, 1), math.Min(1, nan))
	fmt.Println(max(1.0, 2.0, -3.0), min(0.0, math.Copysign(0, -1)), max(nan, 1.0), min(1.0, nan))
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[0.0] = 3
	m[math.Copysign(0, -1)] = 4
	fmt.Println(len(m), m[0])
	fmt.Println(math.Inf(1) - math.Inf(1), math.Inf(1) * 0)
	var f float32 = 1.0
	for i := 0; i < 30; i++ {
		f *= 10
	}
	fmt.Println(f)
	var ff float32 = 3.4e38
	fmt.Println(ff*10, -ff*10)
	fmt.Println(float32(1)/float32(3)*3 == 1)
	h := float32(2.5)
	fmt.Println(int(h), int(-h), uint(h+1.49))
}
