package main

type I interface{ M() }

func main() {
	var m, m1 map[int]int
	switch m {
	case nil:
	case m1:
	}
	var f func()
	switch f {
	case nil, f:
	}
	var ar [2]func()
	switch ar {
	case ar:
	}
	var st struct{ s []int }
	switch st {
	}
	switch x := I(nil); x.(type) {
	default:
	default:
	}
	switch _ := I(nil).(type) {
	}
	_ = (*I).M
}
