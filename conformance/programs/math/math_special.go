package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0.5, 1, 2.5, 5} {
		fmt.Printf("%.6f %.6f %.6f\n", math.Gamma(x), math.Erf(x), math.Erfc(x))
	}
	lg, sign := math.Lgamma(-2.5)
	fmt.Printf("%.6f %d\n", lg, sign)
	fmt.Printf("%.6f %.6f %.6f\n", math.J0(1), math.Y0(1), math.Asinh(1))
}
