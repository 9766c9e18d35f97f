package main

import (
	"fmt"
	"math"
)

func main() {
	f := float32(0.1)
	fmt.Println(f, float64(f))
	fmt.Printf("%v %g %e %E %f\n", f, f, f, f, f)
	fmt.Printf("%.3e %.3g %G\n", f, f, float32(1e20))
	fmt.Printf("%g %g %g\n", float32(1e-7), float32(123456789), float32(16777217))
	fmt.Printf("%v %v\n", float32(1)/3, float64(float32(1)/3))
	fmt.Println(float32(3.4e38), float32(1.4e-45), math.MaxFloat32)
	fmt.Printf("%e %g\n", math.SmallestNonzeroFloat64, math.MaxFloat64)
	fmt.Printf("%v %v %v\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%5.1f|%-8v|%08.2f|%+.1e\n", math.Inf(1), math.NaN(), math.Inf(-1), math.Inf(1))
	fmt.Printf("%08v|% v|%+v\n", math.NaN(), math.NaN(), math.NaN())
	fmt.Printf("%g %g %g %g\n", 100000.0, 1000000.0, 1e21, 1e20)
	fmt.Println(100000.0, 1000000.0, 1e21, 1e20, 1e-4, 1e-5)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%#g %#.3g %#e\n", 1.0, 2.0, 3.0)
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, 1e6, 1e21, float32(2.5))
	fmt.Printf("%g %v\n", -0.0, math.Copysign(0, -1))
	fmt.Printf("%.3g|%10.4g|%-10.2e|\n", 1234.5678, 0.000012345, 98765.4321)
	fmt.Printf("%b\n", float32(1))
	fmt.Printf("%x %X\n", 1.5, float32(-0.75))
	fmt.Printf("%.2x\n", 1.0/3)
	fmt.Printf("%v\n", []float32{1.1, 2.2, 3.3})
	fmt.Printf("%6.2f\n", []float64{1, 22.333, -4})
	fmt.Println(float32(16777216.0)+1, float32(0.1)+float32(0.2), 0.1+0.2)
	var x float64 = 0.1
	fmt.Println(x+0.2, x*3, 1/x)
	fmt.Println(float32(x)*3)
	fmt.Printf("%.20f\n", 0.1)
	fmt.Printf("%.30g\n", float32(0.1))
	fmt.Printf("%e\n", 0.0)
	fmt.Printf("%G %E\n", 1e-10, 1e100)
	fmt.Printf("%.1f %.2f %.3f\n", 0.05, 0.005, 0.0005)
	fmt.Printf("%v %v\n", 123456789.0, 12345678.9)
	fmt.Printf("%v\n", float32(123456789))
}
