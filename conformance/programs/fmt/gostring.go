package main

import "fmt"

type Inner struct {
	N int
	S string
}

type Outer struct {
	In    Inner
	P     *Inner
	L     []Inner
	M     map[string]int
	F     float64
	B     bool
	R     rune
	Bytes []byte
	Any   any
	Err   error
	Arr   [2]uint8
}

type Kind int

type Wrap struct{ k Kind }

func main() {
	o := Outer{In: Inner{1, "a"}, L: []Inner{{2, "b"}}, M: map[string]int{"z": 1, "a": 2}, F: 2.0, B: true, R: 'x', Bytes: []byte("hi"), Any: 3}
	fmt.Printf("%#v\n", o)
	fmt.Printf("%#v\n", Inner{})
	fmt.Printf("%#v %#v %#v\n", 42, "str", 3.5)
	fmt.Printf("%#v %#v %#v %#v\n", int8(-1), uint8(200), uint64(7), uintptr(9))
	fmt.Printf("%#v %#v %#v\n", []int(nil), []int{}, []string{"a"})
	fmt.Printf("%#v %#v\n", map[string]int(nil), map[int]bool{2: true, 1: false})
	fmt.Printf("%#v %#v %#v\n", [3]int{1, 2, 3}, true, 'a')
	fmt.Printf("%#v %#v %#v\n", 1e21, 1.0, float32(2.5))
	fmt.Printf("%#v %#v\n", any(nil), error(nil))
	fmt.Printf("%#v\n", []any{1, "a", nil, 2.5})
	fmt.Printf("%#v\n", Kind(3))
	fmt.Printf("%#v\n", Wrap{4})
	fmt.Printf("%#v\n", struct {
		A int
		B []string
	}{1, nil})
	fmt.Printf("%#v\n", &Inner{5, "p"})
	fmt.Printf("%#v\n", []*int{nil})
	fmt.Printf("%#v %#v\n", "quote\"d\n", []byte(nil))
	fmt.Printf("%#v\n", map[Inner]int{{1, "x"}: 1})
	fmt.Printf("%#x %#v\n", "hi", [2]bool{})
	fmt.Printf("%#v %#v %#v\n", 1e6, 1e-7, 100.0)
}
