package main

import "fmt"

type key struct {
	tags []string
}

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%-10s %v\n", name, recover())
	}()
	f()
}

func main() {
	var a, b any = []int{1}, []int{1}
	try("compare", func() { fmt.Println(a == b) })
	try("mapkey", func() {
		m := map[any]int{}
		m[a] = 1
	})
	try("struct", func() {
		var x, y any = key{}, key{}
		fmt.Println(x == y)
	})
	try("func", func() {
		var f, g any = main, main
		fmt.Println(f == g)
	})
	try("map cmp", func() {
		var x, y any = map[int]int{}, 1
		fmt.Println("different types compare false:", x == y)
	})
	try("array", func() {
		var x, y any = [1][]int{}, [1][]int{}
		fmt.Println(x == y)
	})
	m := map[any]string{}
	defer fmt.Println("deferred before unrecovered hash panic")
	m[[]string{"x"}] = "v"
}
