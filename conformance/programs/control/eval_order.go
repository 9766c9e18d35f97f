package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func get() []int {
	trace = append(trace, "get")
	return []int{10, 20, 30}
}

type S struct{ a, b int }

func main() {
	x := t("a", 1) + t("b", 2)*t("c", 3)
	fmt.Println(x, trace)
	trace = nil
	arr := []int{0, 0, 0}
	i := 0
	i, arr[i] = 1, 5
	fmt.Println(i, arr)
	arr[i], i = 7, 2
	fmt.Println(i, arr)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	m := map[string]int{}
	m["k"], m["j"] = t("first", 1), t("second", 2)
	fmt.Println(m, trace)
	trace = nil
	fmt.Println(get()[t("idx", 1)], trace)
	trace = nil
	s := S{b: t("b", 2), a: t("a", 1)}
	fmt.Println(s, trace)
	trace = nil
	f := func(p, q, r int) int { return p*100 + q*10 + r }
	fmt.Println(f(t("p", 1), t("q", 2), t("r", 3)), trace)
	trace = nil
	y := 10
	p := &y
	*p, y = y+1, *p+2
	fmt.Println(y, *p)
	j := 0
	xs := []int{1, 2, 3}
	for j = range xs {
		xs[j] *= 2
	}
	fmt.Println(j, xs)
	k := 5
	k += k * 2
	k -= 3
	k *= k
	k /= 4
	k %= 7
	k <<= 3
	k >>= 1
	k |= 1
	k &= 0xff
	k ^= 0x0f
	k &^= 2
	fmt.Println(k)
	ok := t("L", 0) == 1 && t("R", 1) == 1
	ok2 := t("L2", 1) == 1 || t("R2", 1) == 1
	fmt.Println(ok, ok2, trace)
}
