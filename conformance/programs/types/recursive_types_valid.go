package main

import "fmt"

type Tree struct {
	left, right *Tree
	val         int
}

type Graph map[string]Graph

type List []List

type Fn func(Fn) Fn

type Q [len([1]Q{})]int

type Walker interface {
	Next() Walker
	Done() bool
}

type counter int

func (c counter) Next() Walker { return c - 1 }
func (c counter) Done() bool   { return c <= 0 }

func main() {
	t := &Tree{val: 1, left: &Tree{val: 2}}
	fmt.Println(t.val, t.left.val, t.right == nil)
	g := Graph{"a": Graph{"b": nil}}
	fmt.Println(len(g), len(g["a"]))
	l := List{List{}, nil}
	fmt.Println(len(l), l[1] == nil)
	var f Fn
	fmt.Println(f == nil)
	var q Q
	fmt.Println(len(q))
	n := 0
	for w := Walker(counter(3)); !w.Done(); w = w.Next() {
		n++
	}
	fmt.Println(n)

	type Node struct {
		next *Node
		kids []Node
		by   map[string]Node
		f    func(Node) Node
	}
	x := Node{kids: []Node{{}}}
	x.next = &x
	fmt.Println(len(x.kids), x.next == &x, x.by == nil, x.f == nil)
	type Set map[[2]int]Set
	s := Set{{1, 2}: nil}
	fmt.Println(len(s))
}
