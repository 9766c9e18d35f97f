package main

import "fmt"

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	res := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			res[i][j] = s
		}
	}
	return res
}

func (a Matrix) Transpose() Matrix {
	t := NewMatrix(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (a Matrix) Print() {
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%7.2f", v)
		}
		fmt.Println()
	}
}

type Grid [3][3]int

func (g Grid) Rotate() Grid {
	var r Grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			r[j][2-i] = g[i][j]
		}
	}
	return r
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	a.Mul(b).Print()
	a.Transpose().Print()
	fmt.Println(a.Mul(Identity(3)))
	g := Grid{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	r := g.Rotate()
	fmt.Println(g)
	fmt.Println(r)
	fmt.Println(r.Rotate().Rotate().Rotate() == g, r == g)
	c := g
	c[1][1] = 0
	fmt.Println(g[1][1], c[1][1], len(c), len(c[0]))
	m := NewMatrix(2, 2)
	m[0][1] = 1.0 / 3
	fmt.Printf("%v %.3v %5.1f\n", m, m, m)
}
