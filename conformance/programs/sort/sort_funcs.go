package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	ints := []int{5, 2, 8, -1, 0, 2, 9}
	sort.Ints(ints)
	fmt.Println(ints)
	strs := []string{"pear", "apple", "Banana", "cherry", "", "apple"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fls := []float64{2.5, -1, 3.25, 0, -0.5}
	sort.Float64s(fls)
	fmt.Println(fls)
	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}, {"eve", 35}, {"frank", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	idx := sort.SearchInts(ints, 2)
	fmt.Println(idx, sort.SearchInts(ints, 7), sort.SearchInts(ints, 100), sort.SearchInts(ints, -5))
	i := sort.Search(len(ints), func(i int) bool { return ints[i] >= 6 })
	fmt.Println(i, ints[i])
	j := sort.Search(100, func(n int) bool { return n*n > 50 })
	fmt.Println(j)
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, sort.SearchInts(empty, 1))
	words := []string{"bb", "a", "ccc", "dd", "e"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	desc := []int{3, 1, 2}
	sort.Slice(desc, func(i, j int) bool { return desc[i] > desc[j] })
	fmt.Println(desc)
	big := make([]int, 50)
	for k := range big {
		big[k] = (k * 37) % 50
	}
	sort.Ints(big)
	ok := true
	for k := range big {
		if big[k] != k {
			ok = false
		}
	}
	fmt.Println(ok, big[:5], big[45:])
}
