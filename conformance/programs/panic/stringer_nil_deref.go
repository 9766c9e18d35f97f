package main

import "fmt"

type Node struct{ name string }

func (n *Node) String() string { return "node " + n.name }

func main() {
	var n *Node
	fmt.Println("panicking with a nil *Node Stringer")
	panic(n)
}
