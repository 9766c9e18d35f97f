package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", len(m), len(m[0]), len(o), len(o[0]))
	}
	res := New(len(m), len(o[0]))
	for i := range res {
		for j := range res[i] {
			for k := range o {
				res[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return res, nil
}

func (m Matrix) T() Matrix {
	res := New(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			res[j][i] = v
		}
	}
	return res
}

func (m Matrix) Det() float64 {
	n := len(m)
	a := New(n, n)
	for i := range m {
		copy(a[i], m[i])
	}
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if abs(a[r][c]) > abs(a[p][c]) {
				p = r
			}
		}
		if a[p][c] == 0 {
			return 0
		}
		if p != c {
			a[p], a[c] = a[c], a[p]
			det = -det
		}
		det *= a[c][c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	return det
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%7.3f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err)
	fmt.Print(a.T())
	id := Identity(3)
	q, _ := b.T().Mul(id)
	fmt.Print(q)
	m := Matrix{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}
	fmt.Printf("det=%.4f\n", m.Det())
	fmt.Printf("det=%v\n", Matrix{{1, 2}, {2, 4}}.Det())
	h := New(4, 4)
	for i := range 4 {
		for j := range 4 {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	fmt.Printf("hilbert det=%.6e\n", h.Det())
	fmt.Println(len(Identity(0)))
	fmt.Printf("%v", Matrix{{0.1 + 0.2, -0.0}})
}
