package main

import (
	"fmt"
	"math"
	"sort"
	"unicode"
)

type Grade struct {
	Student string
	Score   float64
}

func main() {
	gs := []Grade{{"amy", 88.5}, {"ben", 92}, {"cat", 88.5}, {"dan", math.NaN()}, {"eve", 70}, {"fox", math.Inf(1)}}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].Score > gs[j].Score })
	fmt.Println(gs)
	fs := []float64{3, math.NaN(), -1, math.Inf(-1), 0, math.NaN()}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	strs := []string{"b", "B", "a", "", "ab", "Ab"}
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Printf("%q\n", strs)
	n := sort.SearchFloat64s([]float64{1, 2, 3}, 2.5)
	fmt.Println(n, sort.SliceIsSorted(gs, func(i, j int) bool { return gs[i].Student < gs[j].Student }))
	fmt.Println(math.Sqrt(2), math.Pow(10, -3), math.Pow(-8, 1.0/3), math.Exp(-1), math.Log(0), math.Log(-1))
	fmt.Println(math.Floor(-0.5), math.Ceil(-0.5), math.Round(-0.5), math.Trunc(1e300), math.Abs(-0.0), math.Mod(5.5, -2))
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint16, math.MaxInt16, uint64(math.MaxUint64), math.Pi)
	fmt.Printf("%.4f %.4f %.4f %.4f %.4f\n", math.Sin(1), math.Cos(1), math.Tan(1), math.Asin(0.5), math.Acos(0.5))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1), math.Log1p(0.5))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(-27), math.Remainder(5, 3), math.Signbit(-1), math.IsInf(1/math.Inf(1), 0))
	fmt.Println(math.Float32frombits(0x3f800000), math.Nextafter(1, 2)-1, math.Expm1(1e-10), math.Exp2(10), math.Log1p(-1))
	fmt.Println(math.Sqrt(math.Inf(1)), math.Min(math.NaN(), 1), math.Max(-0.0, 0))
	letters, digits, spaces, upper, punct, other := 0, 0, 0, 0, 0, 0
	for _, r := range "Hello, Wörld! 123 ٣ \t日本語 ½ ©" {
		switch {
		case unicode.IsUpper(r):
			upper++
			fallthrough
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		default:
			other++
		}
	}
	fmt.Println(letters, digits, spaces, upper, punct, other)
	fmt.Println(unicode.ToUpper('ß'), string(unicode.ToTitle('ǆ')), unicode.IsControl('\n'), unicode.IsGraphic('©'), unicode.IsPrint(' '), unicode.IsSymbol('©'), unicode.IsMark('\u0301'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, string(unicode.SimpleFold('A')), unicode.In('λ', unicode.Greek), unicode.Is(unicode.Han, '日'))
}
