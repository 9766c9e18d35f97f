package main

import (
	"fmt"
	"math"
)

//go:noinline
func conv(f float64) (int64, int32, int8, uint64, uint32, uint8, int) {
	return int64(f), int32(f), int8(f), uint64(f), uint32(f), uint8(f), int(f)
}

func main() {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), 1e20, -1e20, 3e9, -3e9, 300, -300, 1.8446744073709552e19, 9.3e18} {
		a, b, c, d, e, g, h := conv(f)
		fmt.Println(f, a, b, c, d, e, g, h)
	}
	var f32 = float32(math.NaN())
	fmt.Println(int(f32), int32(f32), uint8(f32))
}
