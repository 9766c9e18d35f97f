package main

import "math"

func main() {
	defer func() { panic(math.Inf(-1)) }()
	defer func() { panic(math.NaN()) }()
	defer func() { panic(1e-7) }()
	defer func() { panic(123456789.0) }()
	panic(math.Inf(1))
}
