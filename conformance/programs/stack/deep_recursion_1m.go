package main

import "fmt"

type Node struct {
	v    int
	next *Node
}

func sumList(n *Node) int {
	if n == nil {
		return 0
	}
	return n.v + sumList(n.next)
}

func depth(n int, acc [4]int) int {
	if n == 0 {
		return acc[0]
	}
	acc[n%4]++
	return depth(n-1, acc)
}

func main() {
	var head *Node
	for i := range 1000000 {
		head = &Node{i % 7, head}
	}
	fmt.Println(sumList(head))
	fmt.Println(depth(1000000, [4]int{}))
}
