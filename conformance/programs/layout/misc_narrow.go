// Assorted language forms on narrow data: conversion between struct types
// of one layout, method values and expressions with narrow receivers,
// defer arguments, aliased parallel assignment, clear, min/max, range over
// a narrow integer, shifts by counts loaded from []uint8 (and a negative
// one, recovered), embedded pointers, arrays returned by calls, float32
// -0 and NaN inside array and struct keys.
package main

import "fmt"

type XY struct {
	x byte
	y int32
}

type XY2 struct {
	x byte
	y int32
}

func (p XY) Sum() int32 { return int32(p.x) + p.y }

type Holder struct {
	*XY
	n int8
}

func arr() [4]int8 { return [4]int8{-1, -2, -3, -4} }

func main() {
	a := XY{1, 2}
	b := XY2(a)
	b.x = 200
	fmt.Println(a, b, XY(b) == a, XY(b).Sum())
	f := a.Sum
	a.y = 100
	fmt.Println(f(), a.Sum(), XY.Sum(a), (*XY).Sum(&a))
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", int8(i*100), a)
		a.x += 100
	}
	p, q := &a, &a
	p.x, q.x = q.x+1, p.x+2
	fmt.Println(a)
	ps := []*XY{{1, 2}, {3, 4}}
	ps[1].x--
	fmt.Println(*ps[0], *ps[1])
	m := map[string]int8{"ab": 1}
	bs := []byte("ab")
	m[string(bs)]++
	fmt.Println(m[string(bs)], m)
	bb := [][4]bool{{true}, {false, true}}
	bb[1][3] = true
	fmt.Println(bb, bb[0] == [4]bool{true})
	s8 := []int8{1, -2, 3}
	f32 := []float32{1, 2}
	mm := map[int8]bool{1: true, 2: false}
	clear(s8)
	clear(f32)
	clear(mm)
	fmt.Println(s8, f32, mm, len(mm))
	x, y := int8(-5), int8(7)
	u := []uint8{9, 3, 200}
	fmt.Println(min(x, y, 3), max(x, y), min(u[0], u[1], u[2]), max(u[0], u[2]), min(float32(0.1), float32(0.2)))
	for i := range int8(3) {
		fmt.Printf("%T %v ", i, i)
	}
	for i := range uint16(2) {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	sh := []uint8{1, 7, 8, 200}
	v := int16(-32768)
	for _, c := range sh {
		fmt.Print(v>>c, " ", uint16(v)>>c, " ", int8(1)<<c, " ")
	}
	fmt.Println()
	nz := [1]float32{}
	var negz float32
	negz = -negz
	fmt.Println(nz == [1]float32{negz}, any(nz) == any([1]float32{negz}))
	h := Holder{&XY{5, 6}, -1}
	h.x++
	h.y--
	fmt.Println(*h.XY, h.n, h.Sum())
	fmt.Println(arr()[2], len(arr()), arr())
	var ai any = [3]uint16{1, 2, 3}
	fmt.Println(ai.([3]uint16)[1])
	cnt := [4]int8{}
	inc := func(i int) { cnt[i]++ }
	for i := 0; i < 300; i++ {
		inc(i % 4)
	}
	fmt.Println(cnt)
	var e1, e2 any = struct{}{}, [0]int{}
	fmt.Println(e1 == struct{}{}, e2 == any([0]int{}), e1 == e2)
	type K struct {
		f float32
		b byte
	}
	nan := float32(0)
	nan = nan / nan
	km := map[K]int{}
	km[K{nan, 1}] = 1
	km[K{nan, 1}] = 2
	km[K{1, 1}] = 3
	km[K{1, 1}] = 4
	fmt.Println(len(km), km[K{1, 1}])
	grid := [2][3]XY{}
	for i, row := range &grid {
		for j := range row {
			grid[i][j].y = int32(i*10 + j)
		}
	}
	fmt.Println(grid)
	neg := []int8{-1}
	defer func() { fmt.Println("recovered", recover()) }()
	fmt.Println(1 << neg[0])
}
