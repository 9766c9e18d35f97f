// Slices of slices, arrays of pointers inside structs, and slices sharing
// backing arrays (a subslice kept while the whole is dropped, appends
// through aliases) across collections.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type cell struct {
	v    int
	name string
}

type grid struct {
	rows  [][]*cell
	spots [4]*cell
	pairs [3][2]*int
}

func makeGrid(w, h int) *grid {
	g := &grid{}
	for y := 0; y < h; y++ {
		row := make([]*cell, w)
		for x := range row {
			row[x] = &cell{v: y*w + x, name: strconv.Itoa(x) + "," + strconv.Itoa(y)}
		}
		g.rows = append(g.rows, row)
	}
	for i := range g.spots {
		g.spots[i] = g.rows[i][i]
	}
	for i := range g.pairs {
		a, b := i*10, i*10+1
		g.pairs[i] = [2]*int{&a, &b}
	}
	return g
}

func main() {
	var grids []*grid
	for i := 0; i < 10; i++ {
		g := makeGrid(30, 30)
		if i%3 == 0 {
			grids = append(grids, g)
		}
		runtime.GC()
	}
	for _, g := range grids {
		s := 0
		for _, row := range g.rows {
			for _, c := range row {
				s += c.v
			}
		}
		fmt.Println(s, g.spots[3].name, *g.pairs[2][1], g.rows[29][29].name)
	}

	// Jagged slices grown by append (reallocations) with collections in
	// between.
	var jag [][]string
	for i := 0; i < 200; i++ {
		if i%20 == 0 {
			jag = append(jag, nil)
		}
		last := len(jag) - 1
		jag[last] = append(jag[last], "s"+strconv.Itoa(i))
		if i%37 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	fmt.Println(len(jag), len(jag[9]), jag[0][0], jag[9][19], jag[5][3:6])

	// A subslice of a big slice of pointers, kept after the slice is
	// dropped; then appended through two aliases that share the array.
	big := make([]*cell, 5000)
	for i := range big {
		big[i] = &cell{v: i}
	}
	mid := big[2000:2010:2020]
	big = nil
	runtime.GC()
	alias := mid
	mid = append(mid, &cell{v: -1})
	alias = append(alias, &cell{v: -2}) // overwrites mid[10]
	runtime.GC()
	fmt.Println(len(mid), cap(mid), mid[0].v, mid[9].v, mid[10].v, alias[10].v)
	ext := mid[:cap(mid)]
	fmt.Println(ext[11].v, ext[19].v)

	// Interior pointers: a pointer to one element (or field) keeps the
	// whole object alive.
	arr := make([]cell, 1000)
	for i := range arr {
		arr[i] = cell{v: i * 3, name: "a" + strconv.Itoa(i)}
	}
	p := &arr[777]
	q := &arr[999].name
	arr = nil
	runtime.GC()
	fmt.Println(p.v, p.name, *q)

	s3 := make([][][]int, 4)
	for i := range s3 {
		s3[i] = make([][]int, i+1)
		for j := range s3[i] {
			s3[i][j] = []int{i, j, i * j}
		}
	}
	inner := s3[3][2]
	s3 = s3[:1]
	runtime.GC()
	fmt.Println(inner, s3, len(s3[:4][3]))
}
