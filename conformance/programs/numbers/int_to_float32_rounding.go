package main

import "fmt"

// Integer to float32 conversions round once, to nearest even, for every
// integer width: through float64 they would round twice, off by one ulp
// just above a float32 halfway point.

//go:noinline
func i64(x int64) float32 { return float32(x) }

//go:noinline
func u64(x uint64) float32 { return float32(x) }

//go:noinline
func i32(x int32) float32 { return float32(x) }

//go:noinline
func u32(x uint32) float32 { return float32(x) }

type F32 float32

func main() {
	half := int64(1) << 36 // half a float32 ulp at 2^60
	for _, x := range []int64{
		1<<60 + half + 1, 1<<60 + half, 1<<60 + half - 1, 1<<60 + 3*half,
		-(1<<60 + half + 1), -(1<<60 + half), 1<<62 + 1<<38 + 1,
		1<<63 - 1, -1 << 63, 0, -1, 16777217, -16777217,
	} {
		fmt.Printf("%d -> %.0f %v\n", x, i64(x), F32(x))
	}
	uhalf := uint64(1) << 39 // half an ulp at 2^63
	for _, x := range []uint64{
		1<<63 + uhalf + 1, 1<<63 + uhalf, 1<<63 + uhalf - 1, 1<<63 + 3*uhalf,
		1<<64 - 1, 1<<63 - 1, 1<<53 + 1, 16777217,
	} {
		fmt.Printf("%d -> %.0f\n", x, u64(x))
	}
	for _, x := range []int32{16777217, 16777219, -16777217, 1<<31 - 1, -1 << 31} {
		fmt.Printf("%d -> %.0f\n", x, i32(x))
	}
	for _, x := range []uint32{16777217, 16777219, 1<<32 - 1} {
		fmt.Printf("%d -> %.0f\n", x, u32(x))
	}
	// In a hot loop (compiled under --jit=auto) and through a variable.
	var sum float32
	v := int64(1<<60 + half + 1)
	for i := 0; i < 3000; i++ {
		sum = float32(v)
	}
	fmt.Println(sum == i64(v), float64(sum))
}
