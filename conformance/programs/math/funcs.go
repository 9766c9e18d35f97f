package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	negZero := -zero
	fmt.Println(math.Abs(-3.5), math.Abs(2), math.Abs(math.Inf(-1)), math.Abs(negZero))
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Sqrt(-1), math.Sqrt(0))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -2), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(1, math.NaN()))
	fmt.Println(math.Exp(0), math.Exp(1), math.Exp(710), math.Exp(-1000))
	fmt.Println(math.Log(1), math.Log(math.E), math.Log(0), math.Log(-1), math.Log(10))
	fmt.Println(math.Floor(2.7), math.Floor(-2.7), math.Ceil(2.1), math.Ceil(-2.1), math.Floor(-0.5))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Round(0.49999999999999994), math.Round(3.5), math.Round(-0.4))
	fmt.Println(math.Trunc(2.9), math.Trunc(-2.9), math.Trunc(math.Inf(1)))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Mod(1, 0))
	fmt.Println(math.Min(1, 2), math.Max(1, 2), math.Min(math.NaN(), 1), math.Max(-0.0, 0), math.Min(negZero, 0))
	fmt.Println(math.Max(math.Inf(-1), -1e308), math.Min(math.Inf(1), 3))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Sin(0), math.Sin(math.Pi/2), math.Cos(0), math.Cos(math.Pi))
	fmt.Println(math.Sin(1), math.Cos(1), math.Sin(math.Pi))
	fmt.Println(math.Pi, math.E)
	fmt.Println(math.Inf(1), math.Inf(-1), math.Inf(0), math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(1), -1), math.IsInf(math.Inf(-1), 0))
	nan := math.NaN()
	fmt.Println(math.IsNaN(nan), nan == nan, nan != nan, nan < 1, nan > 1, math.IsNaN(1), math.IsInf(1, 0))
	fmt.Println(math.Sqrt(3*3+4*4), math.Pow(27, 1.0/3))
	x := 10.0
	fmt.Println(math.Sqrt(x)*math.Sqrt(x) == x, math.Floor(math.Log(12345)/math.Log(10)))
}
