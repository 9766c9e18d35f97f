package main

import (
	"fmt"
	"strings"
)

type Pt struct {
	X, Y int
	Tag  string
}

type Big struct {
	A  [4]int
	S  string
	P  Pt
	Fl float64
}

type Namer interface{ Name() string }

func (p Pt) Name() string { return fmt.Sprintf("Pt(%d,%d,%s)", p.X, p.Y, p.Tag) }

func show(label string, args ...interface{}) {
	fmt.Println(label, fmt.Sprint(args...))
}

func many(a, b, c, d, e, f, g int, s string) {
	fmt.Println("many:", a, b, c, d, e, f, g, s)
}

// eight open-coded defers whose arguments are of many shapes; all are
// evaluated at the defer statement, then the locals change, then a panic.
func shapes(n int) (out string) {
	p := Pt{1, 2, "p"}
	big := Big{A: [4]int{1, 2, 3, 4}, S: "big", P: p, Fl: 1.5}
	var nm Namer = p
	sl := []int{7, 8, 9}
	str := "hello"
	var e error = fmt.Errorf("err%d", n)
	defer func() {
		r := recover()
		out = fmt.Sprint("recovered ", r, " ", strings.ToUpper(str))
	}()
	defer show("1 struct:", p)
	defer show("2 big:", big)
	defer show("3 iface:", nm.Name(), nm)
	defer show("4 slice:", sl, len(sl))
	defer many(n, n+1, n+2, n+3, n+4, n+5, n+6, str+"!")
	defer fmt.Println("6 error:", e, float64(n)*1.5)
	defer func(b Big, q *Pt, f float64) {
		fmt.Println("7 closure args:", b.A, b.S, q.X, q.Tag, f)
	}(big, &p, float64(n)/4)
	p.X, p.Tag = 100, "changed"
	big.A[0], big.S = -1, "changed"
	nm = Pt{5, 5, "other"}
	sl[0] = 70 // shared backing array: visible
	str = "world"
	e = nil
	if n > 0 {
		panic(Pt{n, -n, "panic"})
	}
	return "normal"
}

func main() {
	fmt.Println(shapes(2))
	fmt.Println(shapes(0))
}
