package main

import "fmt"

type Task struct {
	Pri  int
	Name string
}

type PQ struct {
	items []Task
	less  func(a, b Task) bool
}

func (q *PQ) Len() int { return len(q.items) }

func (q *PQ) Push(t Task) {
	q.items = append(q.items, t)
	i := len(q.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !q.less(q.items[i], q.items[p]) {
			break
		}
		q.items[i], q.items[p] = q.items[p], q.items[i]
		i = p
	}
}

func (q *PQ) Pop() Task {
	top := q.items[0]
	last := len(q.items) - 1
	q.items[0] = q.items[last]
	q.items = q.items[:last]
	i := 0
	for {
		l, r := 2*i+1, 2*i+2
		small := i
		if l < len(q.items) && q.less(q.items[l], q.items[small]) {
			small = l
		}
		if r < len(q.items) && q.less(q.items[r], q.items[small]) {
			small = r
		}
		if small == i {
			break
		}
		q.items[i], q.items[small] = q.items[small], q.items[i]
		i = small
	}
	return top
}

func main() {
	q := &PQ{less: func(a, b Task) bool {
		if a.Pri != b.Pri {
			return a.Pri > b.Pri
		}
		return a.Name < b.Name
	}}
	tasks := []Task{{3, "write"}, {5, "deploy"}, {1, "nap"}, {5, "build"}, {2, "review"}, {4, "test"}, {3, "lint"}}
	for _, t := range tasks {
		q.Push(t)
	}
	fmt.Println("size", q.Len())
	for q.Len() > 0 {
		t := q.Pop()
		fmt.Printf("%d %-8s|\n", t.Pri, t.Name)
	}
	nums := &PQ{less: func(a, b Task) bool { return a.Pri < b.Pri }}
	for _, n := range []int{9, 4, 7, 1, 8, 2, 2, 6} {
		nums.Push(Task{Pri: n})
	}
	var sorted []int
	for nums.Len() > 0 {
		sorted = append(sorted, nums.Pop().Pri)
	}
	fmt.Println(sorted)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	nums.Pop()
}
