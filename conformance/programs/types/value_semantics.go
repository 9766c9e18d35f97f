package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Scaled(k int) Vec { v.X *= k; v.Y *= k; return v }
func (v *Vec) Scale(k int)     { v.X *= k; v.Y *= k }

type Poly struct {
	Pts  [3]Vec
	Tags []string
	Meta map[string]int
}

func mutate(p Poly) {
	p.Pts[0].X = 100
	p.Tags[0] = "changed"
	p.Meta["m"] = 1
}

func mutateArr(a [3]int) [3]int {
	a[0] = -1
	return a
}

func main() {
	v := Vec{1, 2}
	w := v.Scaled(3)
	fmt.Println(v, w)
	v.Scale(2)
	fmt.Println(v)
	sc := v.Scaled
	v.X = 1000
	fmt.Println(sc(1), v)
	psc := v.Scale
	psc(2)
	fmt.Println(v)

	p := Poly{Tags: []string{"orig"}, Meta: map[string]int{}}
	mutate(p)
	fmt.Println(p.Pts[0].X, p.Tags, p.Meta)
	arr := [3]int{1, 2, 3}
	arr2 := mutateArr(arr)
	fmt.Println(arr, arr2)
	vs := []Vec{{1, 1}, {2, 2}}
	for _, x := range vs {
		x.X = 99
	}
	fmt.Println(vs)
	for i := range vs {
		vs[i].Scale(10)
	}
	fmt.Println(vs)
	mv := map[string]Vec{"a": {1, 2}}
	t := mv["a"]
	t.X = 50
	fmt.Println(mv, t)
	mp := map[string]*Vec{"a": {1, 2}}
	mp["a"].X = 50
	mp["a"].Scale(2)
	fmt.Println(*mp["a"])
	type Wrapper struct{ inner *Vec }
	w1 := Wrapper{&Vec{1, 1}}
	w2 := w1
	w2.inner.X = 7
	fmt.Println(*w1.inner, w1 == w2)
	grid := [2][2]Vec{}
	row := grid[0]
	row[0].X = 5
	grid[1][1].Y = 9
	fmt.Println(grid, row)
	ptrs := []*Vec{}
	for i := range 3 {
		ptrs = append(ptrs, &Vec{i, i * i})
	}
	for _, pp := range ptrs {
		pp.Scale(-1)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	anon := struct {
		Name string
		Vec
	}{"anon", Vec{3, 4}}
	fmt.Println(anon.Scaled(2), anon)
	fmt.Printf("%+v\n", anon)
}
