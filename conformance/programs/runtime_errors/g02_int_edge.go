package main

import (
	"fmt"
	"math"
)

func main() {
	defer func() { fmt.Println("r:", recover()) }()
	x := int64(math.MinInt64)
	m := int64(-1)
	fmt.Println(x/m, x%m)
	var i8 int8 = -128
	var m8 int8 = -1
	fmt.Println(i8/m8, i8%m8)
	f := 0.0
	fmt.Println(1/f, -1/f, f/f == f/f)
	var u uint = 0
	fmt.Println(5 / (u + 1))
	fmt.Println(5 % u)
}
