// copy between and within backing arrays: overlapping ranges both ways,
// copies longer than any internal chunk, multi-slot struct elements,
// string sources, nil slices.
package main

import "fmt"

type P struct {
	a int
	b string
	c [3]int8
}

func main() {
	s := make([]int, 3000)
	for i := range s {
		s[i] = i
	}
	n := copy(s[5:], s)
	fmt.Println(n, s[:12], s[2990:])
	n = copy(s, s[7:])
	fmt.Println(n, s[:12], s[2985:])
	d := make([]int, 2500)
	fmt.Println(copy(d, s[100:]), d[0], d[511], d[512], d[1023], d[1024], d[2499])
	ps := make([]P, 400)
	for i := range ps {
		ps[i] = P{i, fmt.Sprint(i), [3]int8{int8(i), 1, 2}}
	}
	qs := make([]P, 300)
	fmt.Println(copy(qs, ps[50:]), qs[0], qs[170], qs[299])
	fmt.Println(copy(ps[1:], ps), ps[:3], ps[399])
	b := make([]byte, 5)
	fmt.Println(copy(b, "hello world"), string(b))
	var e []int
	fmt.Println(copy(e, s), copy(s, e))
}
