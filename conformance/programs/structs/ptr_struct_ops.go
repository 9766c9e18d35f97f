package main

import "fmt"

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) Walk(f func(int)) {
	if n == nil {
		return
	}
	n.Left.Walk(f)
	f(n.Val)
	n.Right.Walk(f)
}

func (n *Node) Height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.Left.Height(), n.Right.Height())
}

type Pair struct {
	a, b *int
}

func main() {
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 7, 9, 2, 6} {
		root = root.Insert(v)
	}
	var out []int
	root.Walk(func(v int) { out = append(out, v) })
	fmt.Println(out, root.Height())

	x, y := 1, 2
	p := Pair{&x, &y}
	q := p
	*q.a = 10
	fmt.Println(x, *p.a, p == q)
	pp := &p
	pp.b = &x
	fmt.Println(*p.b, p == q)
	n := new(Node)
	n.Val = 3
	nn := *n
	nn.Val = 4
	fmt.Println(n.Val, nn.Val)
	ptrs := []*Node{n, &nn, n}
	fmt.Println(ptrs[0] == ptrs[2], ptrs[0] == ptrs[1])
	pi := new(int)
	ppi := &pi
	**ppi = 7
	fmt.Println(*pi)
	arr := [3]int{1, 2, 3}
	pa := &arr
	pa[1] = 20
	fmt.Println(len(pa), arr, pa[:2])
	for i := range pa {
		pa[i] *= 2
	}
	fmt.Println(*pa)
	sp := &[]int{1, 2}
	*sp = append(*sp, 3)
	fmt.Println(*sp, len(*sp))
	type S struct{ arr [2]int }
	s := &S{}
	s.arr[1] = 5
	fmt.Println(s.arr, (*s).arr[1])
	var np *S
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(np.arr[0])
}
