package main

import "fmt"

type point struct{ x, y int }

func inc(p *int) { *p++ }

func move(p *point) { p.x += 10; p.y += 20 }

func newInt(v int) *int { return &v }

func main() {
	a := 1
	p := &a
	*p = 5
	inc(p)
	inc(&a)
	fmt.Println(a, *p, p == &a)
	q := new(int)
	fmt.Println(*q)
	*q = 3
	fmt.Println(*q)
	pt := point{1, 2}
	move(&pt)
	fmt.Println(pt)
	pp := &point{3, 4}
	pp.x = 100
	(*pp).y = 200
	fmt.Println(*pp, pp.x, pp.y)
	n1, n2 := newInt(1), newInt(1)
	fmt.Println(n1 == n2, *n1 == *n2)
	var np *point
	fmt.Println(np == nil, np)
	pp2 := pp
	pp2.x = -1
	fmt.Println(pp.x)
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	fmt.Println(arr, len(ap))
	for i, v := range ap {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	ps := []*point{{1, 1}, {2, 2}}
	for _, p := range ps {
		p.x *= 10
	}
	fmt.Println(*ps[0], *ps[1])
	pi := &pt.y
	*pi = 99
	fmt.Println(pt)
	ppp := &p
	**ppp = 77
	fmt.Println(a)
}
