package main

import "fmt"

type K struct {
	A int
	B string
}

type Dir int

func main() {
	fmt.Println(map[int]string{3: "c", -1: "neg", 10: "ten", 0: "zero"})
	fmt.Println(map[string]bool{"b": true, "a": false, "B": true, "": true})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3, 1e10: 4})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "z"}: 2, {1, "b"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
	fmt.Println(map[rune]int{'b': 2, 'a': 1})
	fmt.Println(map[Dir]string{2: "s", 1: "e"})
	mixed := map[any]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, true: 6, false: 7, int8(3): 8}
	fmt.Println(len(mixed), mixed[1], mixed["a"], mixed[int8(3)], mixed[3])
	m := map[string][]int{"x": {1, 2}, "a": nil}
	fmt.Printf("%v %d\n", m, m)
	fmt.Printf("%+v\n", map[string]K{"k": {1, "v"}})
	fmt.Printf("%#v\n", map[int]bool{2: true, 1: false})
	var nilm map[string]int
	fmt.Println(nilm, len(nilm), nilm == nil)
	fmt.Printf("%v %#v\n", nilm, nilm)
	empty := map[string]int{}
	fmt.Printf("%v %#v\n", empty, empty)
	pm := map[string]*int{"a": nil}
	fmt.Println(pm)
	im := map[int]any{1: nil, 2: "two", 3: []int{3}}
	fmt.Println(im)
	nested := map[string]map[int]string{"outer": {2: "b", 1: "a"}}
	fmt.Println(nested)
	fmt.Printf("%x %X\n", map[string]int{"ab": 255}, map[int]string{171: "z"})
}
