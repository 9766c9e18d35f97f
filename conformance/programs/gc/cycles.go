// Cyclic structures: rings, self-references, cycles through maps,
// interfaces, slices and closures. Dropped cycles are garbage; kept ones
// stay intact across collections.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type ring struct {
	id   int
	next *ring
}

type graphNode struct {
	name  string
	edges map[string]*graphNode
	back  []*graphNode
}

type holder struct {
	self  interface{}
	other *holder
	fn    func() int
}

func makeRing(n, base int) *ring {
	first := &ring{id: base}
	cur := first
	for i := 1; i < n; i++ {
		cur.next = &ring{id: base + i}
		cur = cur.next
	}
	cur.next = first
	return first
}

func ringSum(r *ring) (int, int) {
	n, s := 0, 0
	p := r
	for {
		n++
		s += p.id
		p = p.next
		if p == r {
			return n, s
		}
	}
}

func main() {
	var keepRings []*ring
	for i := 0; i < 200; i++ {
		r := makeRing(50, i*1000)
		if i%40 == 0 {
			keepRings = append(keepRings, r.next.next)
		}
		if i%50 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	for _, r := range keepRings {
		fmt.Println(ringSum(r))
	}

	// Self-loop and a two-node cycle.
	self := &ring{id: 7}
	self.next = self
	a := &ring{id: 1}
	a.next = &ring{id: 2, next: a}
	runtime.GC()
	fmt.Println(self.next.next.next.id, a.next.next.next.id)

	// A graph whose nodes point to each other through maps and slices.
	nodes := map[string]*graphNode{}
	for i := 0; i < 60; i++ {
		name := "n" + strconv.Itoa(i)
		nodes[name] = &graphNode{name: name, edges: map[string]*graphNode{}}
	}
	for i := 0; i < 60; i++ {
		from := nodes["n"+strconv.Itoa(i)]
		for _, d := range []int{1, 7, 13} {
			to := nodes["n"+strconv.Itoa((i+d)%60)]
			from.edges[to.name] = to
			to.back = append(to.back, from)
		}
	}
	start := nodes["n0"]
	nodes = nil
	runtime.GC()
	// Breadth-first walk from the only remaining root.
	seen := map[string]bool{start.name: true}
	queue := []*graphNode{start}
	edges, backs := 0, 0
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		edges += len(n.edges)
		backs += len(n.back)
		for name, to := range n.edges {
			if !seen[name] {
				seen[name] = true
				queue = append(queue, to)
			}
		}
		if len(seen)%20 == 0 {
			runtime.GC()
		}
	}
	fmt.Println("graph", len(seen), edges, backs)

	// Cycles through interfaces and closures.
	var hs []*holder
	for i := 0; i < 100; i++ {
		h := &holder{}
		h.self = h
		k := i
		h.fn = func() int { return k + len(h.self.(*holder).other.self.(*holder).other.fnName()) }
		hs = append(hs, h)
	}
	for i, h := range hs {
		h.other = hs[(i+1)%len(hs)]
	}
	first := hs[0]
	hs = nil
	runtime.GC()
	total := 0
	h := first
	for i := 0; i < 100; i++ {
		total += h.fn()
		h = h.other
	}
	fmt.Println("holders", total, h == first)
}

func (h *holder) fnName() string {
	if h.self == interface{}(h) {
		return "self"
	}
	return "?"
}
