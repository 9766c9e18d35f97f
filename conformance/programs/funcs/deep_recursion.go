package main

import "fmt"

type Node struct {
	next *Node
	val  int
}

func build(n int) *Node {
	var head *Node
	for i := n; i > 0; i-- {
		head = &Node{head, i}
	}
	return head
}

func sumRec(n *Node) int {
	if n == nil {
		return 0
	}
	return n.val + sumRec(n.next)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func collatz(n, steps int) int {
	if n == 1 {
		return steps
	}
	if n%2 == 0 {
		return collatz(n/2, steps+1)
	}
	return collatz(3*n+1, steps+1)
}

func main() {
	fmt.Println(depth(100000))
	fmt.Println(sumRec(build(200000)))
	best, bestN := 0, 0
	for i := 1; i < 30000; i++ {
		if s := collatz(i, 0); s > best {
			best, bestN = s, i
		}
	}
	fmt.Println(bestN, best)
	var f func(int) int
	f = func(n int) int {
		if n <= 0 {
			return 0
		}
		return 1 + f(n-1)
	}
	fmt.Println(f(50000))
}
