// Hot loops whose locals live in registers in native code: slices, struct
// locals, calls and helpers inside the loop, runtime errors raised in the
// middle of a loop and recovered by the caller, and a loop long enough to
// be entered by on-stack replacement under --jit=auto.
package main

import "fmt"

type pt struct{ x, y int }

func sum(xs []int) int {
	s := 0
	for i := 0; i < len(xs); i++ {
		s += xs[i]
	}
	return s
}

func sq(n int) int { return n * n }

func mixed(n int) (int, []int) {
	var acc []int
	p := pt{1, 2}
	total := 0
	for i := 0; i < n; i++ {
		p = pt{p.y, p.x + p.y}
		if i%3 == 0 {
			acc = append(acc, p.x%10)
		}
		total += sq(i) - p.x%7
		m := map[int]int{i: total}
		total += m[i] % 3
	}
	return total, acc
}

func fill(s []int, upto int) (n int) {
	cnt := 0
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("fill stopped:", r, "after", cnt)
			n = -cnt
		}
	}()
	return fillRaw(s, upto, &cnt)
}

func fillRaw(s []int, upto int, count *int) int {
	k := 0
	for i := 0; i < upto; i++ {
		s[i] = i * 2
		k++
		*count = k
	}
	return k
}

func div(a []int, d int) int {
	q := 0
	for i := range a {
		q += a[i] / (d - i)
	}
	return q
}

func safeDiv(a []int, d int) (q int, err any) {
	defer func() { err = recover() }()
	return div(a, d), nil
}

func long() int {
	x, y := 0, 1
	for i := 0; i < 3000000; i++ {
		x, y = y, (x+y)%1000003
	}
	return x
}

func closures(n int) int {
	f := func(v int) int { return v + 1 }
	t := 0
	for i := 0; i < n; i++ {
		t = f(t) + i%2
	}
	return t
}

func main() {
	xs := make([]int, 100)
	for i := range xs {
		xs[i] = i * i
	}
	fmt.Println(sum(xs))
	t, acc := mixed(40)
	fmt.Println(t, acc)
	buf := make([]int, 10)
	fmt.Println(fill(buf, 10), buf)
	fmt.Println(fill(buf, 15), buf)
	fmt.Println(safeDiv([]int{10, 20, 30, 40}, 8))
	fmt.Println(safeDiv([]int{10, 20, 30, 40}, 2))
	fmt.Println(long())
	fmt.Println(closures(1001))
	var grid [4][4]int
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*4 + j
		}
	}
	fmt.Println(grid)
	s := xs[:0]
	for i := 0; i < 5; i++ {
		s = append(s, i)
	}
	fmt.Println(s, len(xs))
	fmt.Println(xs[sum(s)*100])
}
