// Recovery in hot functions (called thousands of times, so the JIT
// compiles them) after collections: the recovered frames return named
// results that point to heap data made before the panic.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type rec struct {
	id   int
	tags []string
	prev *rec
}

var gcEvery = 250

func risky(i int, r *rec) int {
	if i%3 == 0 {
		panic(&rec{id: -i, tags: []string{"panic", strconv.Itoa(i)}, prev: r})
	}
	if i%3 == 1 {
		var m map[string]int
		m["x"] = i // nil map write: a runtime error
	}
	return i
}

func guarded(i int, prev *rec) (out *rec, kind string) {
	out = &rec{id: i, tags: []string{"t" + strconv.Itoa(i%10)}, prev: prev}
	defer func() {
		if i%gcEvery == 0 {
			runtime.GC()
		}
		r := recover()
		switch v := r.(type) {
		case nil:
			kind = "ok"
		case *rec:
			kind = "rec"
			out.tags = append(out.tags, v.tags...)
		case error:
			kind = "err"
			out.tags = append(out.tags, v.Error()[:13])
		}
	}()
	risky(i, out)
	return out, "unreached"
}

func hotLoop(n int) (kinds map[string]int, keep []*rec) {
	kinds = map[string]int{}
	var prev *rec
	for i := 0; i < n; i++ {
		r, k := guarded(i, prev)
		kinds[k]++
		if i%100 == 0 {
			keep = append(keep, r)
			prev = r
		}
		if i%gcEvery == 1 {
			runtime.GC()
		}
	}
	return kinds, keep
}

// A hot function whose frame holds pointers in locals across a call that
// collects.
func accumulate(xs []*rec, k int) int {
	a := xs[k%len(xs)]
	b := &rec{id: k, tags: []string{strconv.Itoa(k)}}
	if k%gcEvery == 0 {
		runtime.GC()
	}
	return a.id + b.id + len(a.tags) + len(b.tags[0])
}

func main() {
	kinds, keep := hotLoop(5000)
	runtime.GC()
	fmt.Println(kinds["ok"], kinds["rec"], kinds["err"], kinds["unreached"], len(keep))
	for _, r := range keep[:4] {
		fmt.Println(r.id, r.tags, r.prev != nil)
	}
	last := keep[len(keep)-1]
	depth := 0
	for p := last; p != nil; p = p.prev {
		depth++
	}
	fmt.Println("last", last.id, last.tags, depth)
	total := 0
	for k := 0; k < 5000; k++ {
		total += accumulate(keep, k)
	}
	fmt.Println("total", total)
}
