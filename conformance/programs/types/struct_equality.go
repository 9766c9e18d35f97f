package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type W struct {
	P
	Tags [2]string
	Ptr  *int
}

func main() {
	a := P{1, 2, "a"}
	b := P{1, 2, "a"}
	c := P{1, 2, "c"}
	fmt.Println(a == b, a == c, a != c)
	n := 5
	w1 := W{a, [2]string{"x", "y"}, &n}
	w2 := W{b, [2]string{"x", "y"}, &n}
	m := 5
	w3 := W{b, [2]string{"x", "y"}, &m}
	fmt.Println(w1 == w2, w1 == w3)
	arr1 := [2]P{a, c}
	arr2 := [2]P{b, c}
	fmt.Println(arr1 == arr2, arr1 != [2]P{})
	var i1, i2 any = a, b
	fmt.Println(i1 == i2, i1 == any(c), i1 == any(&a))
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
	seen := map[P]int{}
	for _, p := range []P{a, b, c, a} {
		seen[p]++
	}
	fmt.Println(seen[a], seen[c], len(seen))
	type key struct {
		a [2]int
		s string
	}
	km := map[key]bool{{[2]int{1, 2}, "x"}: true}
	fmt.Println(km[key{[2]int{1, 2}, "x"}], km[key{[2]int{2, 1}, "x"}])
	im := map[any]string{1: "int", "1": "string", P{}: "struct", 1.0: "float", int8(1): "int8"}
	fmt.Println(im[1], im["1"], im[P{}], im[1.0], im[int8(1)], len(im))
	var e1, e2 error
	fmt.Println(e1 == e2)
}
