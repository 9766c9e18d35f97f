package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0.5", "1e10", "1E-3", ".5", "5.", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", "abc", "", "1e400", "-1e400", "1e-400", "+2.5", "infinity"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32))
	f32, err = strconv.ParseFloat("1e39", 32)
	fmt.Println(f32, err)
	x := 3.14159265358979
	fmt.Println(strconv.FormatFloat(x, 'f', 2, 64), strconv.FormatFloat(x, 'f', -1, 64), strconv.FormatFloat(x, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatFloat(x, 'g', 4, 64), strconv.FormatFloat(x, 'E', -1, 64))
	fmt.Println(strconv.FormatFloat(x, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(1e21, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(123456, 'e', -1, 64), strconv.FormatFloat(-0.0, 'f', 1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(100, 'G', 2, 64), strconv.FormatFloat(0.000001234, 'g', -1, 64))
}
