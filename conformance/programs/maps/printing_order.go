package main

import (
	"fmt"
	"math"
)

type K struct {
	A string
	B int
}

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func main() {
	nan := math.NaN()
	fm := map[float64]string{nan: "n1", 1: "one", math.Inf(-1): "-inf", nan: "n2", -0.5: "neg", math.Inf(1): "inf"}
	fmt.Println(fm)
	fmt.Println(len(fm), fm[nan] == "")
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	km := map[K]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3, {"", 9}: 4}
	fmt.Println(km)
	am := map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"}
	fmt.Printf("%v\n", am)
	lm := map[Level]int{2: 20, 0: 0, 1: 10}
	fmt.Println(lm)
	rm := map[rune]bool{'b': true, 'a': false}
	fmt.Println(rm)
	sm := map[string]int{"b": 1, "B": 2, "a": 3, "": 4, "ä": 5, "aa": 6}
	fmt.Println(sm)
	im := map[int8]int{-128: 1, 127: 2, 0: 3, -1: 4}
	fmt.Println(im)
	um := map[uint64]int{1 << 63: 1, 0: 2, 5: 3}
	fmt.Println(um)
	mixed := map[any]int{3: 1, 1: 2, 2: 3}
	fmt.Println(mixed)
	smixed := map[any]int{"z": 1, "a": 2}
	fmt.Println(smixed)
	fmt.Printf("%#v\n", km)
	fmt.Printf("%+v\n", map[string]K{"k": {"v", 1}})
	nested := map[string]map[string]int{"z": {"b": 2, "a": 1}, "a": nil}
	fmt.Println(nested)
	var nilm map[string]int
	fmt.Println(nilm, len(nilm), nilm["x"])
	fmt.Printf("%v %d %#v\n", nilm, nilm, nilm)
	em := map[string][]int{}
	fmt.Printf("%v %#v\n", em, em)
	v, ok := fm[nan]
	fmt.Printf("%q %v\n", v, ok)
	delete(fm, nan)
	fmt.Println(len(fm))
	clear(fm)
	fmt.Println(len(fm), fm)
}
