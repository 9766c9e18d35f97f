package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
}

type Tree struct {
	Val         int
	Left, Right *Tree
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func main() {
	l := Line{Point{1, 2}, Point{X: 3}, "diag"}
	fmt.Printf("%+v\n", l)
	lines := []Line{
		{From: Point{0, 0}, To: Point{1, 1}},
		{Label: "empty"},
	}
	fmt.Printf("%+v\n", lines)
	pts := map[string][]Point{
		"a": {{1, 2}, {3, 4}},
		"b": nil,
	}
	fmt.Println(pts, len(pts["a"]))
	ptrs := []*Point{{5, 6}, &Point{7, 8}}
	fmt.Println(*ptrs[0], *ptrs[1])
	mptr := map[Point]*Point{{1, 1}: {2, 2}}
	fmt.Println(*mptr[Point{1, 1}])
	arr := [...]Point{2: {9, 9}, 0: {1, 1}}
	fmt.Println(arr, len(arr))
	sparse := []string{5: "five", 2: "two", "three"}
	fmt.Printf("%q %d\n", sparse, len(sparse))
	grid := [2][3]int{{1, 2, 3}, {4}}
	fmt.Println(grid)
	tree := &Tree{1, &Tree{2, nil, &Tree{Val: 4}}, &Tree{Val: 3}}
	fmt.Println(tree.Sum(), tree.Left.Right.Val)
	anon := []struct {
		name string
		ok   bool
	}{{"x", true}, {"y", false}}
	for _, a := range anon {
		fmt.Println(a.name, a.ok)
	}
	nested := map[string]map[string][]int{"outer": {"inner": {1, 2}}}
	fmt.Println(nested)
	fs := []func() int{func() int { return 1 }, func() int { return 2 }}
	fmt.Println(fs[0]() + fs[1]())
	p := &Point{}
	p.X = 10
	fmt.Println(*p)
	bytes := []byte{'a', 98, 0x63}
	fmt.Println(string(bytes))
	arrPtr := &[3]string{"p", "q"}
	fmt.Printf("%q\n", *arrPtr)
	matrix := [][]float64{{1, 0}, {0, 1}}
	fmt.Println(matrix)
	emptyStruct := struct{}{}
	set := map[string]struct{}{"a": emptyStruct, "b": {}}
	_, has := set["a"]
	fmt.Println(len(set), has, set)
}
