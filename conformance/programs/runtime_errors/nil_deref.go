package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	val  int
	next *Node
}

func (n Node) Value() int { return n.val }

func (n *Node) SafeLen() int {
	if n == nil {
		return 0
	}
	return 1 + n.next.SafeLen()
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, ok := r.(runtime.Error)
		fmt.Println(name, ok, r)
	}()
	f()
}

func main() {
	var n *Node
	fmt.Println("nil-safe method:", n.SafeLen())
	try("field", func() { _ = n.val })
	try("value method", func() { _ = n.Value() })
	try("deref", func() { v := *n; _ = v })
	try("chained", func() { l := &Node{1, nil}; _ = l.next.next })
	try("write", func() { n.val = 3 })
	var p *int
	try("int ptr", func() { *p++ })
	var ap *[2]string
	try("array ptr", func() { ap[0] = "x" })
	try("range arrptr", func() {
		for i, v := range ap {
			fmt.Println(i, v)
		}
	})
	fmt.Println("len of nil array ptr:", len(ap))
	defer fmt.Println("deferred before unrecovered nil dereference")
	fmt.Println(n.next)
}
