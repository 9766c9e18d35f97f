package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) {
	l.head = &Node{Val: v, Next: l.head}
	l.size++
}

func (l *List) Append(v int) {
	n := &Node{Val: v}
	if l.head == nil {
		l.head = n
	} else {
		cur := l.head
		for cur.Next != nil {
			cur = cur.Next
		}
		cur.Next = n
	}
	l.size++
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	for p := &l.head; *p != nil; p = &(*p).Next {
		if (*p).Val == v {
			*p = (*p).Next
			l.size--
			return true
		}
	}
	return false
}

func (l List) String() string {
	s := "["
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			s += " -> "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.Append(i * i)
	}
	l.Push(0)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.Remove(9), l.Remove(100), l.Remove(25))
	fmt.Println(l.String(), l.size)
	fmt.Printf("%v|%s|%d\n", l, l, l.size)
	var empty List
	empty.Reverse()
	fmt.Println(empty, empty.head == nil)
	p := &l
	fmt.Println(p)
}
