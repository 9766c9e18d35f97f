// A regression found by the differential fuzzer under GC stress: after
// panic(...), f0's dead code reads hp0, which was dead (its objects
// freed) at the collections before; the frame map at the panic must not
// bring the slot back. Run it under GUST_GCSTRESS=1 (conformance/gc_stress.py).
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

type Pt struct{ x, y int }

func psum(p Pt) int { return p.x*2 + p.y }

var _, _, _ = errors.New, runtime.GC, strconv.Itoa

// Heap data for the collector: every kind is made by mkX(n, k), summed by
// an int function and shown by a string one that depend on neither
// addresses nor map order.

type Node struct {
	val  int
	name string
	next *Node
	kids []*Node
}

// churn makes short-lived garbage.
func churn(n, k int) int {
	t := 0
	for i := 0; i < n; i++ {
		p := &Node{val: i ^ k, name: strconv.Itoa(i + k)}
		s := make([]int, i%5+1)
		s[0] = p.val
		t += s[0] + len(p.name) + len(s)
	}
	return t
}

func mkList(n, k int) *Node {
	var l *Node
	for i := 0; i < n; i++ {
		l = &Node{val: i + k, name: "n" + strconv.Itoa(k*i), next: l}
		churn(2, i)
	}
	return l
}

func listSum(l *Node) int {
	t := 0
	for ; l != nil; l = l.next {
		t += l.val + len(l.name)
		for _, c := range l.kids {
			t += listSum(c)
		}
	}
	return t
}

func listStr(l *Node) string {
	s := "["
	for ; l != nil; l = l.next {
		s += l.name + fmt.Sprint(":", l.val, "/", len(l.kids), " ")
	}
	return s + "]"
}

func mkPts(n, k int) []*Pt {
	var ps []*Pt
	for i := 0; i < n; i++ {
		ps = append(ps, &Pt{i, k - i})
		churn(1, k)
	}
	// A slice into the middle of the array, its only reference.
	return ps[len(ps)/3:]
}

func ptsSum(ps []*Pt) int {
	t := 0
	for _, p := range ps {
		t += psum(*p)
	}
	return t
}

func ptsStr(ps []*Pt) string {
	s := ""
	for _, p := range ps {
		s += fmt.Sprint(*p)
	}
	return s
}

func mkStr(n, k int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += strconv.Itoa(k+i) + ","
	}
	// A substring, the only reference to the string.
	return s[len(s)/4:]
}

func mkAny(n, k int) []any {
	return []any{mkList(n, k), mkStr(n, k), mkPts(n, k), Pt{n, k}, k, fmt.Sprint("any", n)}
}

func anySum(xs []any) int {
	t := 0
	for _, x := range xs {
		switch v := x.(type) {
		case *Node:
			t += listSum(v)
		case string:
			t += len(v)
		case []*Pt:
			t += ptsSum(v)
		case Pt:
			t += psum(v)
		case int:
			t += v
		}
	}
	return t
}

func anyStr(xs []any) string {
	s := ""
	for _, x := range xs {
		switch v := x.(type) {
		case *Node:
			s += listStr(v)
		case []*Pt:
			s += ptsStr(v)
		default:
			s += fmt.Sprint(v, ";")
		}
	}
	return s
}
func f0(a int, b int) (r int) {
	x := a * 2
	_ = x
	{
		hk0 := 0
		hp0 := mkAny(1, hk0)
		panic("boom" + strconv.Itoa(0))
		r += anySum(hp0)
		fmt.Println("hp0", anyStr(hp0))
	}
	return
}

func main() {
	defer func() {
		if e := recover(); e != nil {
			panic(fmt.Sprint("main: ", e))
		}
	}()
	fmt.Println("call0", f0(2, -1))
}
