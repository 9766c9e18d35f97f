// Go 1.27: a keyed struct literal may name promoted fields, reached
// through embedded structs (not pointers); the enclosing embedded structs
// are zero apart from the fields given, and values are evaluated in source
// order.
package main

import "fmt"

type In struct {
	V, W int
	S    string
}

type Mid struct {
	In
	M  int
	Fs []float64
}

type Top struct {
	Z int
	Mid
	T *int
}

type Pair struct {
	A In
	In
}

var g = Top{V: 7, S: "global", Z: 1}

func next(s string, n int) int {
	fmt.Println("eval", s)
	return n
}

func main() {
	t := Top{V: 1, Z: 2, M: 3}
	fmt.Printf("%+v\n", t)

	u := Top{W: next("W", 5), Z: next("Z", 6), V: next("V", 4), Fs: []float64{1.5}}
	fmt.Printf("%+v\n", u)

	x := 9
	p := &Top{S: "ptr", T: &x}
	fmt.Println(p.S, *p.T, p.V)

	fmt.Printf("%+v\n", g)

	m := Top{Mid: Mid{M: 8}, Z: 3}
	fmt.Printf("%+v\n", m)

	q := Pair{A: In{V: 1}, V: 2, S: "pair"}
	fmt.Printf("%+v\n", q)

	tops := []Top{{V: 1}, {M: 2, W: 3}}
	fmt.Printf("%+v\n", tops)

	mp := map[string]Mid{"k": {S: "in map", M: 4}}
	fmt.Printf("%+v\n", mp)

	fmt.Println(Top{V: 1}.In == In{V: 1}, Pair{W: 2}.In == In{W: 2})
}
