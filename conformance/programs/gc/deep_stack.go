// Deep recursion where every frame holds the only reference to its own
// heap objects (pointers, slices, strings, interfaces, closures) while a
// collection runs at the bottom; the stack grows and shrinks around the
// collections and every frame checks its objects on the way back.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type frameData struct {
	depth int
	tag   string
	vals  []int
}

func descend(n int, parent *frameData) int {
	d := &frameData{depth: n, tag: "f" + strconv.Itoa(n), vals: []int{n, n * 2}}
	s := strconv.Itoa(n * 3)
	var i interface{} = [3]int{n, n + 1, n + 2}
	f := func() int { return d.depth + len(s) }
	var big [16]*frameData
	big[n%16] = d
	if n == 0 {
		runtime.GC()
		return 0
	}
	if n%1000 == 0 {
		runtime.GC()
	}
	r := descend(n-1, d)
	if n%997 == 0 {
		runtime.GC()
	}
	ok := d.tag == "f"+strconv.Itoa(n) && d.vals[1] == 2*n && s == strconv.Itoa(n*3) &&
		i.([3]int)[2] == n+2 && f() == n+len(s) && big[n%16] == d
	if parent != nil && parent.depth != n+1 {
		ok = false
	}
	if !ok {
		fmt.Println("frame", n, "corrupted")
	}
	return r + d.vals[0]
}

// Mutual recursion through an interface method with values in each frame.
type walker interface{ walk(n int, acc []string) []string }

type even struct{ name string }
type odd struct{ name *string }

func (e even) walk(n int, acc []string) []string {
	if n == 0 {
		runtime.GC()
		return acc
	}
	local := e.name + strconv.Itoa(n)
	var next walker
	nm := "odd"
	next = odd{&nm}
	res := next.walk(n-1, append(acc, local))
	return append(res, local[:1])
}

func (o odd) walk(n int, acc []string) []string {
	if n == 0 {
		runtime.GC()
		return acc
	}
	local := *o.name + strconv.Itoa(n)
	if n%500 == 1 {
		runtime.GC()
	}
	res := even{"even"}.walk(n-1, append(acc, local))
	return append(res, local[:1])
}

func main() {
	for round := 0; round < 3; round++ {
		fmt.Println(descend(5000+round*2000, nil))
		runtime.GC()
	}
	out := even{"even"}.walk(3000, nil)
	runtime.GC()
	fmt.Println(len(out), out[0], out[1], out[2999], out[3000], out[len(out)-1])
}
