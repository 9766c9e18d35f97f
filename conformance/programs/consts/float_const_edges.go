package main

// Constant float arithmetic at the edges: typed float32 constants rounded
// after each operation, subnormal boundaries, huge and tiny exponents.

import (
	"fmt"
	"math"
)

const f32 float32 = 0.1
const g = f32 * 3
const h float32 = 1 << 24
const tiny = 1e-400
const huge = 1e400

type F32 float32
type F64 float64

func main() {
	fmt.Println(g, g == 0.3, float32(0.1) == 0.1, h+1 == h, float64(g))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32), float32(math.SmallestNonzeroFloat32))
	fmt.Println(tiny*huge, huge/1e399, tiny*1e300 == 0, huge/huge)
	fmt.Println(int64(1<<62*1.5), uint64(1<<63*1.5), int(0.1*3*10))
	const big = 1e1000
	const x = big / 3 * 3
	fmt.Println(x/big, int(big/big*7), x == big)
	fmt.Println(F32(1)/3, F64(2)/3, F32(16777217), float32(1)/3*3)
	var v float32 = 1e-45
	var w float64 = 4.9e-324
	fmt.Println(v, w, v/2, w/2)
	fmt.Println(1e23, 1e22, 0.1+0.2, 0.3-0.1, 1/3.0)
	fmt.Println(math.Pi, float32(math.Pi), math.E*2)
	const e1 = 1e-4000 * 1e4000
	const e2 = 1e-5000 * 1e5000
	fmt.Println(e1, e2, e1 == 1)
	fmt.Printf("%.30g %.30g\n", 1e-5000*1e5000, 3e-5000/1e-5000)
	fmt.Println(0x1p-1074, 0x1p-1075, 0x1.8p-1075, 0x1.0000000000001p-1074)
	fmt.Println(float32(0x1p-149), float32(0x1p-150), float32(0x1.8p-150))
}
