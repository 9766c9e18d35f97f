// Binary trees of depth 12 built, checked and dropped in a loop while a
// long-lived tree survives every collection; the long-lived tree is
// mutated between rounds.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	left, right *node
	val         int
	label       string
}

func build(depth, val int) *node {
	n := &node{val: val}
	if depth > 0 {
		n.left = build(depth-1, 2*val)
		n.right = build(depth-1, 2*val+1)
	}
	if depth == 0 && val%64 == 0 {
		n.label = fmt.Sprint("leaf", val)
	}
	return n
}

func (n *node) check() (count, sum, labels int) {
	if n == nil {
		return 0, 0, 0
	}
	lc, ls, ll := n.left.check()
	rc, rs, rl := n.right.check()
	l := 0
	if n.label != "" {
		l = 1
	}
	return lc + rc + 1, ls + rs + n.val, ll + rl + l
}

func (n *node) find(val int) *node {
	if n == nil {
		return nil
	}
	if n.val == val {
		return n
	}
	if f := n.left.find(val); f != nil {
		return f
	}
	return n.right.find(val)
}

func main() {
	longLived := build(12, 1)
	var pinned []*node
	for round := 0; round < 12; round++ {
		t := build(12, round+1)
		c, s, l := t.check()
		runtime.GC()
		c2, s2, l2 := t.check()
		if c != c2 || s != s2 || l != l2 {
			fmt.Println("changed", round)
		}
		fmt.Println(round, c, s, l)
		// Keep one subtree of each temporary tree alive.
		pinned = append(pinned, t.left.right.left)
		t = nil
		// Replace a subtree of the long-lived tree with a fresh one.
		if round%2 == 0 {
			longLived.right.left = build(8, round)
		} else {
			longLived.left.right.right = build(6, -round)
		}
		runtime.GC()
	}
	runtime.GC()
	fmt.Println(longLived.check())
	total := 0
	for _, p := range pinned {
		c, s, _ := p.check()
		total += c + s
	}
	fmt.Println("pinned", len(pinned), total)
	if f := longLived.find(4096); f != nil {
		fmt.Println("found", f.val, f.label)
	}
}
