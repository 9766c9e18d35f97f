package main

import "fmt"

type tree struct {
	left, right *tree
}

func depth(t *tree) int {
	if t == nil {
		return 0
	}
	return 1 + depth(t.left) + depth(t.right)
}

func runaway(n int) int {
	var pad [16]int
	pad[n%16] = n
	return runaway(n+1) + pad[(n+1)%16]
}

func main() {
	defer fmt.Println("never printed: fatal errors run no defers")
	t := &tree{left: &tree{}}
	fmt.Println("depth:", depth(t))
	fmt.Println(runaway(0))
}
