package main

type C struct{}
type I interface{ M() }

func (C) M() {}

func main() {
	var a, b bool
	var e any
	var c C
	var i I
	var n int
	var p, q *int
	var s1, s2 struct{}
	_ = a >= b
	_ = e >= c
	_ = c < e
	_ = i >= c
	_ = e > n
	_ = n <= e
	_ = p < q
	_ = s1 < s2
	_ = i < e
}
