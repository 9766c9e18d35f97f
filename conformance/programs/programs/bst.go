package main

import "fmt"

func fields(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if r == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func insert(t *Tree, k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = insert(t.Left, k)
	case k > t.Key:
		t.Right = insert(t.Right, k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(f func(k string, c int)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Key, t.Count)
	t.Right.Walk(f)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Min() (string, bool) {
	if t == nil {
		return "", false
	}
	for t.Left != nil {
		t = t.Left
	}
	return t.Key, true
}

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox"
	var root *Tree
	for _, w := range fields(text) {
		root = insert(root, w)
	}
	out := ""
	root.Walk(func(k string, c int) {
		out += fmt.Sprintf("%s:%d ", k, c)
	})
	fmt.Println(out[:len(out)-1])
	fmt.Println("height", root.Height())
	m, ok := root.Min()
	fmt.Println(m, ok)
	var nilTree *Tree
	m, ok = nilTree.Min()
	fmt.Printf("%q %v %d\n", m, ok, nilTree.Height())
	total := 0
	root.Walk(func(_ string, c int) { total += c })
	fmt.Println("total", total)
}
