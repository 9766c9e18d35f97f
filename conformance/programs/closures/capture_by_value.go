package main

import "fmt"

// Captures that gc makes by value (never written after the declaration)
// and by reference (written somewhere, address taken, results), each
// observed after the variable or the closure changes.

type P struct {
	X, Y int
	S    string
}

func (p *P) Bump()         { p.X++ }
func (p P) Sum() int       { return p.X + p.Y }
func (p P) String() string { return fmt.Sprintf("P(%d,%d,%s)", p.X, p.Y, p.S) }

type Big struct {
	A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, Q, R int
}

func main() {
	// Never written: by value, several sizes and kinds.
	n := 1
	s := "str"
	sl := []int{1, 2, 3}
	var e interface{} = 2.5
	var err error
	p := P{1, 2, "p"}
	m := map[string]int{"a": 1}
	f1 := func() string { return fmt.Sprint(n, s, sl, e, err, p, m["a"]) }
	sl[0] = 100 // the shared backing array, not sl itself
	m["a"] = 7  // the shared map, not m itself
	fmt.Println(f1())

	// Reassigned after the closure is made: by reference.
	a := 1
	fa := func() int { return a }
	a = 2
	fmt.Println(fa())

	// Reassigned inside the closure.
	b := 10
	fb := func() { b += 5 }
	fb()
	fb()
	fmt.Println(b)

	// Op-assign, ++ and --.
	c, d := 3, 4
	fc := func() int { return c * d }
	c *= 2
	d--
	fmt.Println(fc())
	k := 0
	fk := func() int { return k }
	k++
	fmt.Println(fk())

	// Address taken.
	x := 5
	fx := func() int { return x }
	px := &x
	*px = 6
	fmt.Println(fx())

	// Pointer method on an addressable struct.
	q := P{1, 1, "q"}
	fq := func() P { return q }
	q.Bump()
	fmt.Println(fq(), fq().Sum())

	// A field written, an array element written.
	r := P{1, 2, "r"}
	fr := func() int { return r.Sum() }
	r.Y = 40
	fmt.Println(fr())
	arr := [3]int{1, 2, 3}
	farr := func() int { return arr[0] + arr[2] }
	arr[2] = 30
	fmt.Println(farr())
	type W struct{ a [2]int }
	w := W{}
	fw := func() int { return w.a[1] }
	w.a[1] = 9
	fmt.Println(fw())

	// Multi-assign, := redeclaring, range with =.
	u, v := 1, 2
	fuv := func() int { return u*10 + v }
	u, v = v, u
	fmt.Println(fuv())
	t := 1
	ft := func() int { return t }
	t, z := 8, 9
	fmt.Println(ft(), z)
	var idx int
	fidx := func() int { return idx }
	for idx = range 4 {
	}
	fmt.Println(fidx())

	// 3-clause loop variables (written by the post statement) and range
	// variables (fresh and never written per iteration).
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 100 })
		i++
	}
	for _, v := range []int{7, 8} {
		fs = append(fs, func() int { return v })
	}
	for i := range 2 {
		fs = append(fs, func() int { return -i })
	}
	for j, w := range "hé" {
		fs = append(fs, func() int { return j*1000 + int(w) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Nested closures: the inner one captures the outer function's
	// variables through the middle one.
	base := 100
	step := 1
	mk := func(add int) func() int {
		return func() int {
			step2 := step
			return func() int { return base + add + step2 }()
		}
	}
	g := mk(5)
	fmt.Println(g())
	step = 2
	fmt.Println(g(), mk(6)())

	// A closure made in a loop from a by-value capture of a per-iteration
	// variable declared in the body.
	var gs []func() string
	for i := 0; i < 3; i++ {
		lbl := fmt.Sprint("L", i)
		gs = append(gs, func() string { return lbl })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// Too big for by value (> 128 bytes), and a struct with a string.
	big := Big{A: 1, R: 17}
	fbig := func() int { return big.A + big.R }
	fmt.Println(fbig())

	// goto re-running a declaration makes a new variable each time.
	var hs []func() int
	cnt := 0
again:
	val := cnt * 3
	hs = append(hs, func() int { return val })
	cnt++
	if cnt < 3 {
		goto again
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	// Parameters.
	fmt.Println(param(3), paramWritten(3))

	// Recursion through a reassigned function variable.
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(6))

	// Method value on a by-value capture.
	pv := P{2, 3, "pv"}
	fm := func() func() int { return pv.Sum }
	fmt.Println(fm()())

	// Zero-size values.
	type E struct{}
	var ez E
	fez := func() E { return ez }
	fmt.Println(fez())
}

func param(n int) int {
	f := func() int { return n * n }
	return f()
}

func paramWritten(n int) int {
	f := func() int { return n * n }
	n++
	return f()
}
