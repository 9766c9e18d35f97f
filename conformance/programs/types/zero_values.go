package main

import "fmt"

type S struct {
	I   int
	F   float64
	B   bool
	Str string
	P   *int
	Sl  []int
	M   map[string]int
	Fn  func()
	E   error
	A   any
	Arr [2]string
}

func main() {
	var s S
	fmt.Println(s)
	fmt.Printf("%+v\n", s)
	fmt.Println(s.P == nil, s.Sl == nil, s.M == nil, s.Fn == nil, s.E == nil, s.A == nil)
	var err error
	var p *S
	var m map[int]bool
	var sl []string
	var f func(int) int
	var i any
	fmt.Println(err, p, m, sl, f == nil, i)
	fmt.Printf("%v %v %v %v %v\n", err, p, m, sl, i)
	fmt.Printf("[%d] [%s] [%q]\n", sl, sl, sl)
	var r rune
	var by byte
	var u uintptr
	var f32 float32
	fmt.Println(r, by, u, f32)
	fmt.Printf("%q %v %T %T\n", s.Str, s.Arr, u, r)
}
