package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

type node struct {
	key         int
	left, right *node
}

func insert(n *node, k int) *node {
	if n == nil {
		return &node{key: k}
	}
	if k < n.key {
		n.left = insert(n.left, k)
	} else {
		n.right = insert(n.right, k)
	}
	return n
}

func inorder(n *node, visit func(int)) {
	if n == nil {
		return
	}
	inorder(n.left, visit)
	visit(n.key)
	inorder(n.right, visit)
}

func height(n *node) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func main() {
	fmt.Println(fib(25), fact(20), fact(21), fact(25))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5])
	fmt.Println(isEven(100), isOdd(77), isEven(7))
	var root *node
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = insert(root, k)
	}
	var keys []int
	inorder(root, func(k int) { keys = append(keys, k) })
	fmt.Println(keys, height(root))
	depth := 0
	var deep func(n int) int
	deep = func(n int) int {
		if n == 0 {
			return 0
		}
		depth++
		return 1 + deep(n-1)
	}
	fmt.Println(deep(10000), depth)
}
