package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = "str"
	x1
	x2 = iota
	x3
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	c0 = iota * iota
	c1
	c2
	c3 = 100
	c4
	c5 = iota + 0.5
	c6
)

const single = iota

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Printf("%T %v\n", Thursday, Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC, FlagD&^FlagD)
	fmt.Printf("%T %08b\n", FlagD, FlagA|FlagB|FlagD)
	fmt.Println(c0, c1, c2, c3, c4, c5, c6, single)
	fmt.Printf("%T %T\n", c4, c6)
	const (
		local = iota + 'a'
		local2
	)
	fmt.Println(local, local2, string(rune(local2)))
	fmt.Printf("%T\n", local)
}
