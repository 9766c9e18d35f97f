package main

import (
	"fmt"
	"sort"
)

type Rec struct {
	Key int
	ID  int
}

type ByKey []Rec

func (b ByKey) Len() int           { return len(b) }
func (b ByKey) Less(i, j int) bool { return b[i].Key < b[j].Key }
func (b ByKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func gen(n, mod int, seed uint32) []Rec {
	out := make([]Rec, n)
	for i := range out {
		seed = seed*1664525 + 1013904223
		out[i] = Rec{int(seed>>16) % mod, i}
	}
	return out
}

func ids(rs []Rec) []int {
	var o []int
	for _, r := range rs {
		o = append(o, r.ID)
	}
	return o
}

func main() {
	for _, n := range []int{5, 12, 13, 20, 50, 200} {
		a := gen(n, 4, uint32(n))
		b := append([]Rec(nil), a...)
		c := append([]Rec(nil), a...)
		d := append([]Rec(nil), a...)
		sort.Slice(a, func(i, j int) bool { return a[i].Key < a[j].Key })
		sort.Sort(ByKey(b))
		sort.SliceStable(c, func(i, j int) bool { return c[i].Key < c[j].Key })
		sort.Stable(sort.Reverse(ByKey(d)))
		fmt.Println(n, "slice ", ids(a))
		fmt.Println(n, "sort  ", ids(b))
		fmt.Println(n, "stable", ids(c))
		fmt.Println(n, "revstb", ids(d))
	}
	// sorted input, reversed input, all-equal input
	eq := gen(100, 1, 7)
	sort.Slice(eq, func(i, j int) bool { return eq[i].Key < eq[j].Key })
	fmt.Println(ids(eq))
	rev := make([]Rec, 60)
	for i := range rev {
		rev[i] = Rec{(60 - i) / 3, i}
	}
	sort.Sort(ByKey(rev))
	fmt.Println(ids(rev))
	// count comparisons made by sort.Sort on a fixed input
	cnt := 0
	data := gen(300, 1000, 99)
	sort.Slice(data, func(i, j int) bool { cnt++; return data[i].Key < data[j].Key })
	fmt.Println("comparisons", cnt, sort.SliceIsSorted(data, func(i, j int) bool { return data[i].Key < data[j].Key }))
	cnt = 0
	data = gen(300, 1000, 99)
	sort.SliceStable(data, func(i, j int) bool { cnt++; return data[i].Key < data[j].Key })
	fmt.Println("stable comparisons", cnt)
}
