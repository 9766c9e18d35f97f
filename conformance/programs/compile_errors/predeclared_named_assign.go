package main

// Predeclared types (bool, int, string, float64) are named: a value of
// one is not assignable to a defined type with the same underlying type,
// nor back; untyped constants and comparisons still are.

type mybool bool
type myint int
type mystr string
type myf float64

func f(b mybool) {}

func main() {
	var x, y int
	var i myint = x
	var s string
	var ms mystr = s
	var fl float64
	var mf myf = fl
	var back int = i
	var b mybool
	b = bool(true)
	b = bool(true) && true
	b = true && x < y
	b = x < y || x < y
	var t bool
	f(t)
	f(x < y)
	const c int = 4
	i = c
	_, _, _, _, _ = i, ms, mf, back, b
}
