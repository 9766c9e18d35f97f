package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1.5e-5, 1e-7, 123456789.125, -0.0, 6.02214076e23, 5e-324}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%.3e|%f|%.2f|%G|%8.3g|\n", v, v, v, v, v, v, v, v)
	}
	fmt.Println(vals)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3, float32(1)/3)
	fmt.Printf("%v %g %.10f\n", f32, f32, f32)
	x := 0.1 + 0.2
	fmt.Println(x, x == 0.3, float32(x) == float32(0.3))
	fmt.Println(1e100, 1e-100, 123.0, 12345678.0, 123456789.0)
	zero := 0.0
	inf := 1 / zero
	nan := zero / zero
	fmt.Println(inf, -inf, nan, nan == nan, inf > 1e308)
	fmt.Printf("%f %5.1f %e %g %v\n", inf, -inf, nan, inf, -inf)
	fmt.Printf("%+.2f %+v %08.2f\n", inf, nan, -inf)
	p, q := 3.99, -3.99
	fmt.Println(int(p), int(q), int64(1e18), uint8(255.0), float64(7)/2)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%#g %#.3g %#v %#v\n", 1.0, 2.0, 1.0, 1e21)
	fmt.Printf("%b\n", 1.0)
	fmt.Print(1.0, 2.5, "\n")
	fmt.Print(float32(2.5), 3, "\n")
	println(1.5, float32(0.25))
	var sum float64
	for i := 1; i <= 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)
	fmt.Printf("%6.2f|%-8.3f|%08.3f\n", -1.005, 2.0/3, -3.14159)
	fmt.Printf("%x %X\n", 1.5, -0.75)
}
