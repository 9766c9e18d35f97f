package main

import "fmt"

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Inner struct {
	C    Color
	Tags []string
}

type Outer struct {
	Name string
	In   Inner
	P    *Inner
	M    map[string]Color
	Any  any
}

type Named struct {
	Color
	X int
}

func main() {
	in := Inner{C: 1, Tags: []string{"a", "b"}}
	o := Outer{Name: "o", In: in, P: nil, M: map[string]Color{"z": 0, "a": 1, "m": 7}, Any: in}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Println(o.M)
	m2 := map[Color][]Color{1: {0, 1}, 0: {5}}
	fmt.Println(m2)
	fmt.Printf("%v %+v\n", m2, m2)
	nest := map[string]map[int][]string{"b": {2: {"x"}, 1: nil}, "a": {}}
	fmt.Println(nest)
	fmt.Printf("%q\n", nest)
	arr := [2][2]Color{{0, 1}, {2, 3}}
	fmt.Println(arr)
	fmt.Printf("%d\n", arr)
	n := Named{Color: 1, X: 4}
	fmt.Println(n)
	fmt.Printf("%v %+v %s %d\n", n, n, n, n)
	ps := []*int{nil}
	fmt.Println(len(ps), ps[0])
	sl := []any{nil, 1, "s", []int(nil), map[string]int(nil), (*int)(nil), error(nil)}
	fmt.Println(sl)
	fmt.Printf("%v\n", sl)
	fmt.Printf("%d\n", []any{1, "x", 2.5, true})
	fmt.Printf("%s\n", []any{1, "x", 2.5, true})
	fmt.Printf("%x\n", []any{255, "hi", []byte("ab")})
	type pair struct {
		a, b any
	}
	fmt.Printf("%v %+v\n", pair{1, nil}, pair{"s", []int{1}})
	fmt.Printf("%v\n", struct{}{})
	fmt.Printf("%v %+v\n", [0]int{}, []struct{ A int }{{1}, {2}})
}
