package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.next.Len()
}

func (n Node) Value() int { return n.val }

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(list.Len())
	var empty *Node
	fmt.Println(empty.Len())
	fmt.Println(list.next.next.Value())
	fmt.Println(list.next.next.next.Value())
}
