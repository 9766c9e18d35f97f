package main

import "fmt"

// A tuple assignment evaluates the targets' operands and the values first,
// then assigns left to right: a target that panics (index out of range,
// nil map, nil pointer) does so only after the targets to its left are
// stored.

type T struct{ f, g int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	m := map[int]int{}
	s := []int{}
	try("map then slice", func() { m[2], s[1] = 2, 2 })
	fmt.Println(m, s)

	a := [2]int{}
	i := 5
	x := 0
	try("var, array, var", func() { x, a[i], m[3] = 7, 1, 3 })
	fmt.Println(x, a, m)

	pa := &[3]int{}
	try("array pointer", func() { pa[0], pa[i], pa[1] = 1, 2, 3 })
	fmt.Println(*pa)

	var nilm map[string]int
	t := []int{0, 0}
	try("slice then nil map", func() { t[1], nilm["a"], t[0] = 5, 6, 7 })
	fmt.Println(t)

	var p *T
	y := 0
	try("var then nil pointer", func() { y, *(&p.f), y = 1, 2, 3 })
	fmt.Println(y)

	var q *int
	z := 0
	try("var then nil deref", func() { z, *q = 4, 5 })
	fmt.Println(z)

	// Operands are evaluated before any assignment: the index uses the
	// old value of j, the slice is the old one.
	j := 0
	u := []int{10, 20, 30}
	j, u[j] = 2, 99
	fmt.Println(j, u)
	old := u
	u, u[1] = []int{1, 2}, 42
	fmt.Println(u, old)

	// print and println of interface values print their two words.
	var e error
	var v any = 3
	var w interface{ M() }
	println(e, w)
	println(v != nil)
	print(e, "\n")
}
