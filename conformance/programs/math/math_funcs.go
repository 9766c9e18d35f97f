package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

func (p Point) Dist(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }

func newton(x float64) float64 {
	z := 1.0
	for i := 0; i < 20; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	pts := []Point{{0, 0}, {3, 4}, {-1, 2.5}, {6, -8}}
	for i := 1; i < len(pts); i++ {
		fmt.Printf("%.4f ", pts[i-1].Dist(pts[i]))
	}
	fmt.Println()
	for _, x := range []float64{2, 9, 10, 0.25} {
		fmt.Printf("%v %.12f %.12f %v\n", x, newton(x), math.Sqrt(x), math.Abs(newton(x)-math.Sqrt(x)) < 1e-12)
	}
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.Round(2.5), math.RoundToEven(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3), math.Pow(2, 10), math.Pow(2, 0.5))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Pi, math.E, math.Sin(math.Pi/6), math.Cos(math.Pi/3))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Exp(1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Atan2(1, 1), math.Atan(1)*4, math.Cbrt(27))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4), math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Float32bits(1.5), math.Sqrt(-1), math.MaxInt, uint64(math.MaxUint64))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp, math.Dim(5, 3), math.Dim(3, 5))
}
