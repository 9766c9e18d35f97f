package main

type S struct{ a []int }

func main() {
	var i interface{}
	f := func() {}
	m := map[int]int{}
	var a [2][]int
	_ = i == []int{}
	_ = i == f
	_ = i != m
	_ = i == a
	_ = i == S{}
	_ = []int{} == i
	switch i {
	case []int{}:
	case 1, "x":
	}
	b := true
	switch b {
	case true:
	case true:
	}
}
