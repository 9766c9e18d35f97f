package main

import "fmt"

// Constants are exact until converted; a conversion rounds once, correctly
// (ties to even, subnormals included), to float64 or float32.

const c = 1.0*(1<<128) - 1.0*(1<<103) - 1.0*(1<<40)
const third float32 = 1.0 / 3

func main() {
	// float32(c) rounds the exact value, not float64(c) again.
	fmt.Println(float32(c) == 0x1.fffffep127, float32(c))
	var f32 float32 = 1.0*(1<<128) - 1.0*(1<<104) - 1
	fmt.Println(f32)
	fmt.Printf("%.20g %.20g\n", float32(16777217.0), float32(16777219.0))
	fmt.Println(third*3, third+third+third == 1, float32(1e-45), float32(0.7e-45), float32(1e-46))

	// Literals next to the subnormal boundary and the smallest subnormal.
	a := 2.2250738585072011e-308
	b := 2.225073858507201e-308
	fmt.Println(a == b, a, b)
	fmt.Println(4.9406564584124654e-324, 2.4703282292062327e-324, 2.4703282292062328e-324)
	fmt.Println(1.7976931348623158e308, 2.2250738585072012e-308, 2.2250738585072014e-308)
	for _, v := range []float64{0.1, 0.2, 0.3, 1e23, 8.41e21, 5e-324, 9007199254740993} {
		fmt.Println(v)
	}
	// Exact constant arithmetic before the conversion.
	fmt.Println(0.1+0.2 == 0.3, float32(0.1)+float32(0.2))

	// Huge exponents stay fast (512-bit mantissas beyond 4096-bit fractions).
	const n = 1e646456992
	const d = 1e646456991
	fmt.Println(n/d, n/d == 10, 1e-779137 == 0)
	x, y := 1e-779137, 1e-779138
	fmt.Println(x, y)
	const big = 1e1000
	fmt.Println(big/1e999, big*0 == 0, int64(big/1e990), big > 1e999)
	const h = 1 << 511 * 1.0
	fmt.Println(h/(1<<500), h/3)
	const m = 1e6464569
	fmt.Println(m/1e6464568, (m+1)/m == 1, -m < 0)
}
