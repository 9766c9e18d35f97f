package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Pos   Point
	Tags  []string
	Attrs map[string]int
	Next  *Named
}

type Empty struct{}

func main() {
	var p Point
	fmt.Println(p)
	p = Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q, p == q, p == Point{1, 2})
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	n := Named{Name: "n1", Pos: Point{3, 4}, Tags: []string{"a", "b"}, Attrs: map[string]int{"k": 1}}
	fmt.Printf("%v\n%+v\n", n, n)
	fmt.Printf("%#v\n", n)
	n2 := &Named{Name: "n2"}
	fmt.Printf("%v\n", n2)
	fmt.Printf("%+v\n", n2)
	n2.Next = &n
	fmt.Println(n2.Next.Pos.X, n2.Next.Tags[1], n2.Next.Next)
	copyN := n
	copyN.Pos.X = 99
	copyN.Tags[0] = "shared"
	fmt.Println(n.Pos.X, n.Tags[0])
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Printf("%v %+v %T\n", anon, anon, anon)
	var e Empty
	fmt.Println(e, Empty{} == e)
	fmt.Printf("%v %+v %#v\n", e, e, e)
	pts := []Point{{1, 2}, {3, 4}}
	fmt.Println(pts)
	fmt.Printf("%+v\n", pts)
	pps := []*Point{{5, 6}}
	fmt.Println(len(pps), *pps[0])
	m := map[Point]string{{0, 0}: "origin", {1, 0}: "east"}
	fmt.Println(m[Point{}], m)
	ms := map[string]Point{"a": {1, 1}}
	pt := ms["a"]
	pt.X = 100
	fmt.Println(ms, pt)
	type inner struct{ v []int }
	type outer struct {
		in  inner
		ptr *inner
	}
	o := outer{in: inner{[]int{1}}, ptr: &inner{[]int{2}}}
	fmt.Printf("%v %+v\n", o.in, o.in)
	fmt.Println(o.ptr.v)
}
