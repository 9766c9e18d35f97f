package main

import "fmt"

// An op-assignment or ++/-- reads its variable: gc counts it as a use, so
// a variable only ever updated that way is not "declared and not used".

func f(x int) int { return x * 10 }

type T struct{ n int }

func main() {
	s := "a"
	s += "b"
	var i int
	i++
	checked := 0
	for k := 0; k < 3; k++ {
		checked++
	}
	v := 3
	v += f(v)
	var d float64 = 1
	d /= 4
	var u uint8 = 1
	u <<= 3
	(u)--
	var par int
	(par) += 2
	var t T
	t.n++
	var arr [2]int
	arr[1] -= 5
	fmt.Println("done")
	func() {
		c := 0
		for range 4 {
			c += 2
		}
	}()
	var g, h = 1, 2
	g, h = h, g
	g++
	h--
	fmt.Println("ok")
}
