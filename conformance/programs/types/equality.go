package main

import "fmt"

type P struct {
	X, Y int
}

type Named struct {
	P
	Label string
	Arr   [2]P
}

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

func main() {
	a := Named{P{1, 2}, "a", [2]P{{1, 1}, {2, 2}}}
	b := a
	fmt.Println(a == b)
	b.Arr[1].Y = 3
	fmt.Println(a == b, a.P == b.P)
	var s1, s2 Shape = Sq{2}, Sq{2}
	fmt.Println(s1 == s2, s1 == Sq{3}, s1 != nil)
	r1 := &Rect{1, 2}
	r2 := &Rect{1, 2}
	var s3, s4 Shape = r1, r2
	fmt.Println(s3 == s4, s3 == Shape(r1), *r1 == *r2)
	var x, y any = 1, 1.0
	fmt.Println(x == y, x == any(1), y == any(1.0))
	var i8 any = int8(1)
	fmt.Println(i8 == x, i8 == any(int8(1)))
	var e1, e2 error
	fmt.Println(e1 == e2, e1 == nil)
	var pp *P
	var ip any = pp
	fmt.Println(ip == nil, ip == (*P)(nil), pp == nil)
	arr1 := [3]string{"a", "b", "c"}
	arr2 := [3]string{"a", "b"}
	arr2[2] = "c"
	fmt.Println(arr1 == arr2, arr1 != arr2)
	type pair struct {
		a any
		b float64
	}
	fmt.Println(pair{1, 2} == pair{1, 2}, pair{"x", 0} == pair{"x", -0.0})
	zero := 0.0
	nan := zero / zero
	fmt.Println(pair{1, nan} == pair{1, nan}, [1]float64{nan} == [1]float64{nan})
	m := map[any]string{}
	m[P{1, 2}] = "p"
	m[[2]int{1, 2}] = "arr"
	m["s"] = "str"
	m[nil] = "nil"
	fmt.Println(m[P{1, 2}], m[[2]int{1, 2}], m[nil], len(m))
	var sl1 any = []int{1}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(sl1 == sl1)
}
