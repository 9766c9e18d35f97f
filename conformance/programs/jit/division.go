package main

import (
	"fmt"
	"math"
)

// Integer division and remainder in native code: Go's rules for zero
// divisors (a panic), MinInt / -1 (wraps) and narrow types.

func div(a, b int) (int, int) { return a / b, a % b }

func udiv(a, b uint64) (uint64, uint64) { return a / b, a % b }

func consts(a int) (int, int, int, int, int, int) {
	return a / 7, a % 7, a / -1, a % -1, a / -3, a % 1
}

func narrow(a, b int8) (int8, int8) { return a / b, a % b }

func narrow32(a, b int32) (int32, int32) { return a / b, a % b }

func sum(n int) (s int) {
	for i := 1; i <= n; i++ {
		s += i % 13
		s -= i / 17
		s %= 1000003
	}
	return s
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = e.(error)
		}
	}()
	q = a / b
	return
}

func deep(n, b int) int {
	if n == 0 {
		return 100 / b
	}
	return deep(n-1, b) + 1
}

func main() {
	fmt.Println(div(17, 5))
	fmt.Println(div(-17, 5))
	fmt.Println(div(17, -5))
	fmt.Println(div(math.MinInt64, -1))
	fmt.Println(div(math.MinInt64, 1))
	fmt.Println(udiv(math.MaxUint64, 3))
	fmt.Println(udiv(1<<63, 10))
	fmt.Println(consts(100))
	fmt.Println(consts(-100))
	fmt.Println(consts(math.MinInt64))
	fmt.Println(narrow(-128, -1))
	fmt.Println(narrow(-7, 2))
	fmt.Println(narrow32(math.MinInt32, -1))
	fmt.Println(sum(100000))
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(10, 0))
	for i := 0; i < 3; i++ {
		fmt.Println(safeDiv(i, i-1))
	}
	x := 5
	x /= 2
	x %= 2
	fmt.Println(x)
	fmt.Println(deep(10, 3))
	fmt.Println(deep(20, 0))
}
