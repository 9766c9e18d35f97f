package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) { a[0] = 100 }

func main() {
	var a [3]int
	fmt.Println(a, len(a), cap(a))
	b := [...]string{"x", "y", "z"}
	fmt.Println(b, len(b))
	c := [5]int{1: 10, 3: 30}
	fmt.Println(c)
	d := [...]int{2: 1, 5, 0: 7}
	fmt.Println(d, len(d))
	e := a
	e[1] = 9
	fmt.Println(a, e)
	r := modify(e)
	fmt.Println(e, r)
	modifyPtr(&e)
	fmt.Println(e)
	fmt.Println(a == [3]int{}, e == [3]int{100, 9, 0}, e != r)
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	row := grid[2]
	row[0] = -1
	fmt.Println(grid[2], row)
	for i, v := range b {
		b[2] = "changed"
		fmt.Println(i, v)
	}
	fmt.Println(b)
	s := c[1:4]
	s[0] = 11
	fmt.Println(c, s, len(s), cap(s))
	type pair [2]int
	m := map[pair]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(m[pair{1, 2}], m[pair{3, 4}], len(m))
	arrOfStructs := [2]struct{ n int }{{1}, {2}}
	fmt.Printf("%v %+v\n", arrOfStructs, arrOfStructs)
}
