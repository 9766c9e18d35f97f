package main

import (
	"errors"
	"fmt"
)

type P struct{ X int }

func (p P) M() int   { return p.X }

type Q struct{ X int }

func (q *Q) M() int { return q.X }

type Mer interface{ M() int }

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.code) }

type SliceHolder struct{ s []int }

func main() {
	var a, b Mer = P{1}, P{1}
	fmt.Println(a == b, a != b)
	q1, q2 := &Q{1}, &Q{1}
	var c, d Mer = q1, q2
	fmt.Println(c == d, c == Mer(q1))
	fmt.Println(a == c)
	var e1 any = 1
	var e2 any = int64(1)
	var e3 any = 1
	fmt.Println(e1 == e2, e1 == e3, e1 == 1, e2 == 1)
	var s1 any = "x"
	fmt.Println(s1 == "x", s1 == any("x"))
	err1 := MyErr{1}
	var ea error = err1
	var eb error = MyErr{1}
	fmt.Println(ea == eb, errors.Is(ea, MyErr{1}), errors.Is(ea, MyErr{2}))
	n1 := errors.New("x")
	n2 := errors.New("x")
	fmt.Println(n1 == n2, n1 == n1)
	var nilP *Q
	var mi Mer = nilP
	fmt.Println(mi == nil, mi != nil, mi == Mer((*Q)(nil)))
	var arr1 any = [2]int{1, 2}
	var arr2 any = [2]int{1, 2}
	fmt.Println(arr1 == arr2)
	var st1 any = struct{ A, B string }{"a", "b"}
	var st2 any = struct{ A, B string }{"a", "b"}
	fmt.Println(st1 == st2)
	m := map[any]int{}
	m[1] = 1
	m[int8(1)] = 2
	m["1"] = 3
	m[P{1}] = 4
	m[[2]int{1, 2}] = 5
	m[nil] = 6
	fmt.Println(len(m), m[1], m[int8(1)], m[P{1}], m[nil], m[[2]int{1, 2}])
	defer func() {
		fmt.Println("panic:", recover())
		var x any = SliceHolder{}
		var y any = SliceHolder{}
		defer func() { fmt.Println("panic2:", recover()) }()
		fmt.Println(x == y)
	}()
	var f1 any = []int{1}
	fmt.Println(f1 == f1)
}
