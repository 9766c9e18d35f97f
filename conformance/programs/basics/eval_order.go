package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func idx(name string, v int) int { return t(name, v) }

func flush(label string) {
	fmt.Println(label, trace)
	trace = nil
}

func main() {
	a := []int{0, 0, 0, 0}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	a[i], i = 7, 2
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	m := map[string]int{"a": 1}
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)

	a[idx("lhs", 1)] += t("rhs", 5)
	flush("op-assign")
	fmt.Println(a)

	arr := [3]int{}
	arr[idx("i1", 0)], arr[idx("i2", 1)] = t("v1", 1), t("v2", 2)
	flush("tuple")

	_ = t("a", 1) + t("b", 2)*t("c", 3)
	flush("binary")
	f := func(p, q, r int) {}
	f(t("p", 1), t("q", 2), t("r", 3))
	flush("args")
	s := []int{t("e0", 0), t("e1", 1)}
	mm := map[int]int{t("k1", 1): t("v1", 1), t("k2", 2): t("v2", 2)}
	flush("literals")
	_, _ = s, mm
	if t("c1", 0) == 1 && t("c2", 1) == 1 {
	}
	if t("d1", 1) == 1 || t("d2", 1) == 1 {
	}
	flush("short-circuit")

	// swap via pointers
	p, q := &x, &y
	*p, *q = *q, *p
	fmt.Println(x, y)
	// slice element swap with computed indexes
	b := []int{10, 20, 30}
	j := 0
	b[j], b[j+2] = b[j+2], b[j]
	fmt.Println(b)
	// assignment to same variable twice
	var z int
	z, z = 1, 2
	fmt.Println(z)
	// index expression evaluated before rhs function modifies slice var
	c := []int{1, 2, 3}
	c[0] = func() int { c = []int{100, 200, 300}; return 5 }()
	fmt.Println(c)
	// closure increments inside expressions
	n := 0
	inc := func() int { n++; return n }
	fmt.Println(inc(), inc(), inc()*10+inc())
	res := []int{inc(), inc()}
	fmt.Println(res, n)
	// defer argument evaluation order
	for k := range 2 {
		defer fmt.Println("defer", k, t("deferarg", k))
	}
	flush("defer-args")
}
