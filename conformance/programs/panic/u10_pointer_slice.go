package main

func main() {
	defer func() { panic([]int{1, 2}) }()
	x := 5
	_ = x
	panic(map[string]int{"a": 1})
}
