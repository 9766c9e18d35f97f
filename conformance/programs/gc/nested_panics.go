// Nested panics (a deferred call panics while another panic is running,
// recovered at different levels) with collections in between, and
// recovered functions returning their named results after a collection.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type item struct {
	name string
	next *item
}

func list(prefix string, n int) *item {
	var head *item
	for i := 0; i < n; i++ {
		head = &item{name: prefix + strconv.Itoa(i), next: head}
	}
	return head
}

func (it *item) String() string {
	var parts []string
	for ; it != nil; it = it.next {
		parts = append(parts, it.name)
	}
	return strings.Join(parts, ">")
}

func inner(depth int) (out string, count int) {
	defer func() {
		runtime.GC()
		if r := recover(); r != nil {
			out = fmt.Sprintf("inner recovered %v at %d", r, depth)
			count = depth * 10
		}
	}()
	defer func() {
		// Replaces the running panic with a new one built here.
		runtime.GC()
		panic(list("L"+strconv.Itoa(depth)+"-", 3))
	}()
	panic("first " + strconv.Itoa(depth))
}

func outer(n int) (log []string) {
	defer func() {
		runtime.GC()
		r := recover()
		log = append(log, fmt.Sprint("outer recovered: ", r))
	}()
	for i := 1; i <= n; i++ {
		s, c := inner(i)
		runtime.GC()
		log = append(log, s+" count="+strconv.Itoa(c))
	}
	defer func() {
		runtime.GC()
		// A panic during a panic, not recovered here.
		panic(fmt.Sprintf("second after %d", len(log)))
	}()
	panic(list("P", 2))
}

// Recovery that happens two frames above the panicking call, each frame
// holding its own heap data only through named results and defers.
func level3(k int) []int {
	data := make([]int, k)
	for i := range data {
		data[i] = i + k
	}
	panic(&item{name: fmt.Sprint(data)})
}

func level2(k int) (vals []int, note string) {
	vals = []int{k, k * 2}
	note = "level2-" + strconv.Itoa(k)
	defer func() {
		runtime.GC()
		note += "+deferred"
	}()
	level3(k)
	return nil, "unreachable"
}

func level1(k int) (vals []int, note string, why string) {
	defer func() {
		runtime.GC()
		if r := recover(); r != nil {
			why = r.(*item).name
			vals = append(vals, -1)
			note = "recovered in level1"
		}
	}()
	vals, note = level2(k)
	return vals, note, "none"
}

func repanicChain() (msg string) {
	defer func() {
		runtime.GC()
		msg = fmt.Sprint("final: ", recover())
	}()
	defer func() {
		runtime.GC()
		r := recover()
		panic(fmt.Sprint("re(", r, ")"))
	}()
	defer func() {
		r := recover()
		runtime.GC()
		panic(fmt.Sprint("re(", r, ")"))
	}()
	panic(strings.Repeat("x", 3))
}

func main() {
	for _, s := range outer(3) {
		fmt.Println(s)
	}
	runtime.GC()
	for k := 1; k <= 3; k++ {
		v, n, w := level1(k)
		runtime.GC()
		fmt.Println(v, n, w)
	}
	fmt.Println(repanicChain())
}
