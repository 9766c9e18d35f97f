package main

import "fmt"

type Node struct{ next *Node }

func depth(n *Node) int {
	return 1 + depth(n.next)
}

func main() {
	n := &Node{}
	n.next = n
	fmt.Println("start")
	defer fmt.Println("deferred does not run on fatal error")
	fmt.Println(depth(n))
}
