package main

import "fmt"

func three() (int, string, bool) { return 1, "two", true }

var g1, _, g3 = three()

func main() {
	var a, _, c = three()
	fmt.Println(a, c, g1, g3)
	m := map[string]int{"k": 5}
	var v int
	var ok bool
	v, ok = m["k"]
	_, ok2 := m["zz"]
	fmt.Println(v, ok, ok2)
	var i any = "str"
	_, isS := i.(string)
	s, _ := i.(string)
	fmt.Println(isS, s)
	for _, x := range []int{7} {
		fmt.Println(x)
	}
	var x, y, z int
	x, _, z = 1, 2, 3
	_, y, _ = 4, 5, 6
	fmt.Println(x, y, z)
	_, b, _ := three()
	fmt.Println(b)
	p, q, _ := three()
	fmt.Println(p, q)
}
