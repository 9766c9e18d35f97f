package main

import (
	"fmt"
	"math"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f = "e", iota
)

const huge = 1 << 100
const big = huge >> 98
const fl = 1.0 / 3
const typed float32 = 1.0 / 3

type Flags uint8

const (
	F1 Flags = 1 << iota
	F2
	F3
	F8 = F1 << 7
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(big, huge/huge, huge>>99)
	fmt.Println(fl, typed, fl*3 == 1, float64(typed)*3)
	fmt.Printf("%T %T %T %T\n", fl, typed, big, 'x'+1)
	fmt.Println(F1|F3, F8, F1|F2|F3|F8, ^F1)
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	var x uint8 = 255
	fmt.Println(x + 1 - 1)
	const mx = math.MaxUint64
	fmt.Println(uint64(mx), mx/2)
	fmt.Println(math.Pi, float32(math.Pi), 2*math.Pi)
	const s = "hello" + " " + "world"
	fmt.Println(s, len(s), s[1])
	const bl = 1 < 2 && "a" < "b"
	fmt.Println(bl)
	var i = 7
	fmt.Println(i/2*2.0, 7/2*2.0)
	fmt.Println(1e3, 1e3+0.5, int(1e3))
	const mixed = 5 / 2.0
	fmt.Println(mixed, 5/2, 5.0/2)
	fmt.Println(-5%3, 5%-3, -5/3)
	const neg = -1
	fmt.Println(uint8(neg + 256))
	var w Weekday = 3
	fmt.Println(w+Monday, w*2, Weekday(10)/3)
	fmt.Println(len("héllo"), len([3]int{}), cap([5]int{}))
	const l = len("abc")
	var arr [l * 2]int
	fmt.Println(len(arr))
}
