package main

import "fmt"

type T struct{ n int }

func (t T) Val()  { fmt.Println("val", t.n) }
func (t *T) Ptr() { fmt.Println("ptr", t.n) }

func f(x int) int { fmt.Println("eval", x); return x }

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func(v int) { fmt.Println("closure arg", v, "x now", x) }(f(x))
	t := T{1}
	defer t.Val()
	defer t.Ptr()
	p := &t
	defer p.Val()
	x = 2
	t.n = 99
	s := []int{1, 2, 3}
	defer fmt.Println("slice", s, len(s))
	s[0] = 100
	s = append(s, 4)
	m := map[string]int{"a": 1}
	defer fmt.Println("map", m)
	m["b"] = 2
	arr := [3]int{1, 2, 3}
	defer fmt.Println("arr", arr)
	arr[0] = 9
	fmt.Println("end main", x)
}
