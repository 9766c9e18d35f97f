package main

import (
	"fmt"
	"sort"
)

func main() {
	var nilMap map[string]int
	fmt.Println(nilMap, len(nilMap), nilMap == nil, nilMap["x"])
	v, ok := nilMap["x"]
	fmt.Println(v, ok)
	delete(nilMap, "x")
	for k := range nilMap {
		fmt.Println("never", k)
	}
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(m, len(m))
	m["four"] = 4
	m["one"] += 10
	m["new"]++
	fmt.Println(m)
	delete(m, "two")
	delete(m, "absent")
	fmt.Println(m, len(m))
	if v, ok := m["three"]; ok {
		fmt.Println("three is", v)
	}
	if _, ok := m["two"]; !ok {
		fmt.Println("two gone")
	}
	keys := make([]string, 0, len(m))
	sum := 0
	for k, v := range m {
		keys = append(keys, k)
		sum += v
	}
	sort.Strings(keys)
	fmt.Println(keys, sum)
	m2 := m
	m2["alias"] = 0
	fmt.Println(len(m), len(m2))
	im := map[int]string{3: "c", 1: "a", 2: "b", -5: "neg"}
	fmt.Println(im)
	bm := map[bool][]int{true: {1}, false: nil}
	bm[true] = append(bm[true], 2)
	fmt.Println(bm)
	fm := map[float64]string{2.5: "x", -1: "y", 0: "z"}
	fmt.Println(fm)
	nested := map[string]map[string]int{}
	nested["a"] = map[string]int{"x": 1}
	nested["a"]["y"] = 2
	fmt.Println(nested, len(nested["missing"]))
	mm := make(map[string]int, 100)
	mm["k"] = 1
	fmt.Printf("%v %d %#v\n", mm, len(mm), mm)
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], counts['z'], len(counts))
	for k := range m {
		if k != "one" {
			delete(m, k)
		}
	}
	fmt.Println(m)
}
