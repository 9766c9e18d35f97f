package main

import (
	"fmt"
	"math"
)

func main() {
	x := 3.14159265
	fmt.Printf("%f|%.2f|%8.3f|%-8.3f|%08.3f|%+.1f|% .1f\n", x, x, x, x, x, x, x)
	fmt.Printf("%e|%E|%.2e|%12.3E|%g|%G|%.3g\n", x, x, x, x, x, x, x)
	big := 123456789.0
	small := 0.000012345
	fmt.Printf("%g|%g|%e|%f|%.0f|%.0e\n", big, small, big, small, big, small)
	fmt.Printf("%g|%g|%g|%g|%g\n", 1e20, 1e21, 1e-4, 1e-5, 100000.0)
	fmt.Printf("%v|%v|%v|%v\n", 1e20, 1e21, 1e-4, 1e-5)
	fmt.Printf("%.1f|%.1f|%.1f|%.1f|%.0f|%.0f|%.0f\n", 0.05, 0.15, 0.25, 0.35, 0.5, 1.5, 2.5)
	fmt.Printf("%f|%f|%f|%v\n", math.Inf(1), math.Inf(-1), math.NaN(), -math.NaN())
	fmt.Printf("%+f|%8.2f|%-8f|%08f|% f\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(-1), math.Inf(1))
	fmt.Printf("%e|%g|%.3f|%+g\n", 0.0, 0.0, 0.0, 0.0)
	zero := 0.0
	negz := -zero
	fmt.Printf("%f|%g|%v|%e\n", negz, negz, negz, negz)
	var f32 float32 = 0.1
	fmt.Printf("%v|%g|%f|%.10f|%e\n", f32, f32, f32, f32, f32)
	var f32b float32 = 16777216.0
	fmt.Printf("%v|%v|%v\n", f32b, float32(1e10), float32(3.4e38))
	fmt.Printf("%#g|%#.3g|%#e|%#.0f\n", 1.0, 2.0, 3.0, 4.0)
	fmt.Printf("%6.2f%%|%x|%X\n", 99.5, 1.0, -2.5)
	fmt.Printf("%g|%g|%g\n", math.MaxFloat64, math.SmallestNonzeroFloat64, float32(3.4028234663852886e+38))
	fmt.Printf("%.20f|%.15g|%.17g\n", 0.1, 0.1, 0.1)
	fmt.Printf("%v|%v\n", []float64{1, 2.5, 1e30}, [2]float32{0.5, 1.0 / 3})
	fmt.Printf("%5.1f|%-7.2e|%+08.2f|%+08.2f\n", -1.25, 1234.5, 3.14159, -3.14159)
	fmt.Printf("%g|%g|%g\n", 1.0, 10.0, 1234567.0)
	fmt.Printf("%G|%E\n", 1e-10, 1e100)
}
