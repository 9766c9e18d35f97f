package main

import (
	"fmt"
	"math"
	"strconv"
)

// NaN payloads and signs that gc's code generation makes observable:
// x*1, x/1 are x and x*-1, x/-1 are -x (gc's generic SSA rules: no
// arithmetic, so a signaling NaN stays signaling and -1 flips the sign);
// the builtin min and max combine both operands' bits (amd64 MINSD twice
// and POR); math.NaN() and strconv.ParseFloat("NaN") have the low
// mantissa bit set.

//go:noinline
func mul(x, y float64) float64 { return x * y }

func bits(f float64) string { return fmt.Sprintf("%016x", math.Float64bits(f)) }

func bits32(f float32) string { return fmt.Sprintf("%08x", math.Float32bits(f)) }

func main() {
	snan := math.Float64frombits(0x7ff0000000000001)
	qnan := math.NaN()
	for _, x := range []float64{snan, qnan, -qnan, 2.5, math.Inf(-1)} {
		y := x
		y *= -1
		z := x
		z /= 1
		fmt.Println(bits(x*1), bits(1*x), bits(x/1), bits(x*-1), bits(-1*x), bits(x/-1), bits(y), bits(z))
		fmt.Println(bits(mul(x, 1)), bits(x*2), bits(x/0.5))
	}
	q32 := float32(qnan)
	fmt.Println(bits32(q32*1), bits32(q32*-1), bits32(q32/-1), bits32(-q32))

	for _, p := range [][2]float64{{-1, qnan}, {qnan, -1}, {1, qnan}, {-qnan, 1}, {0, math.Copysign(0, -1)}, {math.Copysign(0, -1), 0}, {1, 2}, {math.Inf(1), qnan}} {
		a, b := p[0], p[1]
		lo, hi := min(a, b), max(a, b)
		fmt.Println(bits(lo), bits(hi), math.Signbit(lo), math.Signbit(hi), bits(min(a, b, 3)), bits(max(a, -3, b)))
	}
	f32 := float32(math.NaN())
	fmt.Println(bits32(min(float32(-1), f32)), bits32(max(float32(-1), f32)))

	for _, s := range []string{"NaN", "nan", "-NaN", "+nan"} {
		f, err := strconv.ParseFloat(s, 64)
		g, _ := strconv.ParseFloat(s, 32)
		fmt.Println(s, bits(f), bits32(float32(g)), err, f == qnan, math.Float64bits(f) == math.Float64bits(qnan))
	}
}
