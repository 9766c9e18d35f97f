// Zero-size objects share one address, runtime.zerobase, when gc puts
// them on the heap or they are zero-size globals (Go's zerosize.go);
// gc folds comparisons of two distinct variables' addresses to false,
// and non-escaping zero-size locals have their own stack slots.
package main

import "fmt"

type E struct{}

var x, y [0]int
var p, q = new([0]int), new([0]int)
var e1, e2 = &E{}, new(E)
var s1 = &struct{}{}
var ptrs = []*E{new(E), new(E)}
var cmp = new(E) == new(E)
var inFunc = func() bool { return new(E) == new(E) }()
var m = map[int]*E{1: new(E), 2: {}}
var arr = [2]*struct{}{{}, new(struct{})}

func main() {
	println(p == q, &x == p, &y == p, &x == &y, &x != &y, &x == &x)
	println(e1 == e2, ptrs[0] == ptrs[1], e1 == ptrs[0])
	fmt.Println(p == q, s1 != nil, *s1, x, *p)
	println(cmp, inFunc, m[1] == m[2], m[1] == e1, arr[0] == arr[1])

	a, b := new(struct{}), new(struct{})
	println(a == b)
	var l1, l2 E
	println(&l1 == &l2)

	zs := make([]E, 10)
	println(&zs[0] == &zs[9], len(zs[2:]), cap(zs[3:5]))

	var u, v []E
	u = append(u, E{})
	v = append(v, E{}, E{})
	println(&u[0] == &v[1], len(v), cap(v))
	for i := range v {
		println(&v[i] == &u[0])
	}
}
