package main

import "fmt"

var (
	pkgA = 10
	pkgB string
	pkgC, pkgD = 1.5, "d"
)

func main() {
	var a int
	var b, c = 1, "two"
	var d float64
	var e bool
	var f rune
	var g *int
	fmt.Println(a, b, c, d, e, f, g == nil)
	x := 5
	y, z := x*2, "zz"
	x, w := 6, 7
	fmt.Println(x, y, z, w)
	x, y = y, x
	fmt.Println(x, y)
	p, q, r := 1, 2, 3
	p, q, r = q, r, p
	fmt.Println(p, q, r)
	arr := []int{1, 2, 3}
	k := 0
	k, arr[k] = 1, 9
	fmt.Println(k, arr)
	fmt.Println(pkgA, pkgB == "", pkgC, pkgD)
	pkgA++
	fmt.Println(pkgA)
	{
		x := "shadow"
		fmt.Println(x)
	}
	fmt.Println(x)
	_ = w
	var _ = 5
	_, second := pair()
	fmt.Println(second)
}

func pair() (int, string) { return 1, "second" }
