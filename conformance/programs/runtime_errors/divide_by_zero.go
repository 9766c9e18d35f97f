package main

import (
	"errors"
	"fmt"
	"math"
	"runtime"
)

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(div(7, 2))
	q, err := div(7, 0)
	fmt.Println(q, err)
	var re runtime.Error
	fmt.Println("errors.As runtime.Error:", errors.As(err, &re))
	func() {
		defer func() { fmt.Println("modulo:", recover()) }()
		z := 0
		fmt.Println(5 % z)
	}()
	func() {
		defer func() { fmt.Println("int8:", recover()) }()
		var a, b int8 = -128, 0
		fmt.Println(a / b)
	}()
	x, y := math.MinInt64, -1
	fmt.Println("MinInt64 / -1 =", x/y, "MinInt64 % -1 =", x%y)
	f := 0.0
	fmt.Println("float division:", 1/f, -1/f, f/f)
	u := uint(0)
	defer fmt.Println("deferred before unrecovered divide")
	fmt.Println(uint(10) / u)
}
