package main

import "fmt"

type Point struct{ X, Y int }

type Poly struct {
	Name string
	Pts  [3]Point
	Tags []string
	Meta map[string]int
}

func mutate(p Poly) {
	p.Name = "changed"
	p.Pts[0].X = 99
	p.Tags[0] = "T"
	p.Meta["k"] = 42
}

func mutatePtr(p *Poly) {
	p.Name = "ptr"
	p.Pts[1] = Point{7, 7}
}

func main() {
	p := Poly{Name: "orig", Pts: [3]Point{{1, 2}, {3, 4}}, Tags: []string{"a"}, Meta: map[string]int{}}
	mutate(p)
	fmt.Printf("%+v\n", p)
	mutatePtr(&p)
	fmt.Printf("%+v\n", p)

	// map of structs: copy semantics
	m := map[string]Point{"a": {1, 1}}
	pt := m["a"]
	pt.X = 50
	fmt.Println(m["a"], pt)
	m["a"] = pt
	fmt.Println(m)

	// slice of structs: element addressable
	s := []Point{{1, 1}, {2, 2}}
	s[0].X = 10
	for _, e := range s {
		e.Y = 100
	}
	for i := range s {
		s[i].Y += 1
	}
	fmt.Println(s)

	// array of structs is copied on assignment
	a := [2]Point{{1, 1}, {2, 2}}
	b := a
	b[0].X = 77
	fmt.Println(a, b, a == b)
	b[0].X = 1
	fmt.Println(a == b)

	// pointer aliasing into slice, then append reallocation
	sl := make([]Point, 1, 1)
	ptr := &sl[0]
	sl = append(sl, Point{5, 5})
	ptr.X = 123
	fmt.Println(sl[0].X, ptr.X)

	// struct containing array copied by value in map
	type Board struct{ cells [2][2]byte }
	boards := map[int]Board{}
	bd := Board{}
	bd.cells[0][1] = 'x'
	boards[1] = bd
	bd.cells[1][1] = 'o'
	fmt.Println(boards[1].cells, bd.cells)

	// map of pointers shares
	mp := map[string]*Point{"p": {0, 0}}
	mp["p"].X = 9
	q := mp["p"]
	q.Y = 8
	fmt.Println(*mp["p"])

	// struct equality and use as map keys
	type Key struct {
		A string
		B [2]int
	}
	km := map[Key]int{}
	km[Key{"x", [2]int{1, 2}}]++
	km[Key{"x", [2]int{1, 2}}]++
	km[Key{"x", [2]int{2, 1}}]++
	fmt.Println(len(km), km[Key{"x", [2]int{1, 2}}])

	// anonymous struct assignment compatibility
	var anon struct{ X, Y int } = Point{3, 4}
	var back Point = anon
	fmt.Println(anon, back)

	// array of arrays value semantics in function call
	grid := [2][2]int{{1, 2}, {3, 4}}
	func(g [2][2]int) { g[0][0] = 0 }(grid)
	func(g *[2][2]int) { g[1][1] = 0 }(&grid)
	fmt.Println(grid)
	row := grid[0]
	row[1] = 55
	fmt.Println(grid, row)
	// range over array pointer
	for i, v := range &grid {
		grid[1][0] = 88
		fmt.Println(i, v)
	}
}
