// Blank (_) struct fields: a positional literal's value for a blank field
// is evaluated (side effects in order) but not stored; ==, != and map keys
// ignore blank fields; fmt prints them (as their zero value).
package main

import "fmt"

type T struct {
	_ int
	A int
	_ string
}

type F struct {
	X float64
	_ float64
	_ [2]int
}

type Inner struct {
	_ int
	V string
}

type Outer struct {
	I Inner
	_ Inner
	N int
}

var trace []string

func v(s string, n int) int {
	trace = append(trace, s)
	return n
}

func str(s string) string {
	trace = append(trace, s)
	return s
}

func main() {
	t := T{1, 2, "x"}
	fmt.Printf("%v %+v\n", t, t)
	fmt.Println(t == T{7, 2, "y"}, t != T{7, 2, "y"}, t == T{7, 3, "x"})

	// side effects of blank values happen, in order
	u := T{v("a", 5), v("b", 6), str("c")}
	fmt.Println(u, trace)

	// pointer to literal, nested literals, arrays and slices of them
	p := &T{9, 9, "z"}
	fmt.Printf("%+v\n", *p)
	arr := [2]T{{1, 1, "a"}, {2, 1, "b"}}
	fmt.Println(arr, arr[0] == arr[1])
	sl := []T{{3, 4, "q"}}
	fmt.Println(sl)
	o := Outer{Inner{1, "a"}, Inner{2, "b"}, 3}
	fmt.Printf("%+v\n", o)
	fmt.Println(o == Outer{Inner{5, "a"}, Inner{6, "c"}, 3})

	// interfaces holding them
	var i1, i2 interface{} = T{1, 2, "x"}, T{3, 2, "w"}
	fmt.Println(i1 == i2)

	// map keys: blank fields are not hashed
	m := map[T]int{}
	m[T{1, 2, "x"}] = 1
	m[T{3, 2, "y"}] = 2
	m[T{3, 4, "y"}] = 3
	fmt.Println(len(m), m[T{0, 2, ""}], m[T{0, 4, ""}])
	mf := map[F]string{}
	mf[F{1, 2, [2]int{3, 4}}] = "a"
	mf[F{1, 5, [2]int{6, 7}}] = "b"
	fmt.Println(len(mf), mf)
	mi := map[interface{}]int{}
	mi[Inner{1, "k"}] = 1
	mi[Inner{2, "k"}] = 2
	fmt.Println(len(mi), mi)

	// keyed literals leave blank fields zero as well
	k := T{A: 8}
	fmt.Printf("%+v %v\n", k, k == T{4, 8, "r"})
	var f F
	f = F{X: 1}
	fmt.Println(f == F{1, 9, [2]int{1, 1}})
}
