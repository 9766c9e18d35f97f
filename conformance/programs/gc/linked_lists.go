// Singly and doubly linked lists built, spliced, reversed and partly
// dropped across collections; the surviving nodes keep their values.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type snode struct {
	val  int
	text string
	next *snode
}

type dnode struct {
	key        string
	prev, next *dnode
}

type dlist struct {
	head, tail *dnode
	n          int
}

func (l *dlist) push(k string) *dnode {
	d := &dnode{key: k, prev: l.tail}
	if l.tail == nil {
		l.head = d
	} else {
		l.tail.next = d
	}
	l.tail = d
	l.n++
	return d
}

func (l *dlist) remove(d *dnode) {
	if d.prev == nil {
		l.head = d.next
	} else {
		d.prev.next = d.next
	}
	if d.next == nil {
		l.tail = d.prev
	} else {
		d.next.prev = d.prev
	}
	d.prev, d.next = nil, nil
	l.n--
}

func build(n int) *snode {
	var head *snode
	for i := n - 1; i >= 0; i-- {
		head = &snode{val: i, text: "v" + strconv.Itoa(i), next: head}
	}
	return head
}

func reverse(h *snode) *snode {
	var r *snode
	for h != nil {
		next := h.next
		h.next = r
		r = h
		h = next
	}
	return r
}

func check(h *snode) (int, int, string) {
	n, sum := 0, 0
	last := ""
	for ; h != nil; h = h.next {
		if h.text != "v"+strconv.Itoa(h.val) {
			return -1, h.val, h.text
		}
		n++
		sum += h.val
		last = h.text
	}
	return n, sum, last
}

func main() {
	var kept *snode
	for round := 0; round < 20; round++ {
		l := build(2000)
		runtime.GC()
		l = reverse(l)
		// Keep every 97th node, linked into a new list; drop the rest.
		for p := l; p != nil; p = p.next {
			if p.val%97 == round%97 {
				kept = &snode{val: p.val + round*10000, text: "v" + strconv.Itoa(p.val+round*10000), next: kept}
			}
		}
		if round%5 == 4 {
			fmt.Println(check(l))
		}
		runtime.GC()
	}
	runtime.GC()
	fmt.Println("kept", func() string { n, s, last := check(kept); return fmt.Sprint(n, s, last) }())

	// Splice: the second half of one list becomes the tail of another.
	a, b := build(1000), build(1000)
	p := a
	for i := 0; i < 499; i++ {
		p = p.next
	}
	q := b
	for i := 0; i < 899; i++ {
		q = q.next
	}
	q.next = p.next
	p.next = nil
	runtime.GC()
	fmt.Println(check(a))
	n, sum, last := check(b)
	fmt.Println(n, sum, last)

	// A doubly linked list with removals; removed nodes are garbage, the
	// list stays consistent in both directions.
	var dl dlist
	var nodes []*dnode
	for i := 0; i < 3000; i++ {
		nodes = append(nodes, dl.push("d"+strconv.Itoa(i)))
	}
	for i := 0; i < 3000; i++ {
		if i%3 != 0 {
			dl.remove(nodes[i])
		}
		if i%500 == 0 {
			runtime.GC()
		}
	}
	nodes = nil
	runtime.GC()
	fwd, back := 0, 0
	for d := dl.head; d != nil; d = d.next {
		fwd++
	}
	for d := dl.tail; d != nil; d = d.prev {
		back++
	}
	fmt.Println("dlist", dl.n, fwd, back, dl.head.key, dl.head.next.key, dl.tail.key, dl.tail.prev.key)
}
