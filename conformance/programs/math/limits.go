package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt, math.MinInt, uint(math.MaxUint))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	var i8 int8 = math.MaxInt8
	i8++
	fmt.Println(i8)
	var u32 uint32 = math.MaxUint32
	u32++
	fmt.Println(u32)
	f := math.MaxFloat64
	fmt.Println(f*2, -f*2, f+1 == f)
	fmt.Printf("%T %T %T\n", math.MaxInt8, math.Pi, math.MaxFloat64)
	var small float64 = math.SmallestNonzeroFloat64
	fmt.Println(small/2, small*0.6)
	big := float64(math.MaxInt64)
	fmt.Println(big, int64(big-1024) == math.MaxInt64-1023)
	fmt.Println(int64(math.MinInt64) / -1 == math.MinInt64)
	m := math.MinInt64
	fmt.Println(-m, m-1)
}
