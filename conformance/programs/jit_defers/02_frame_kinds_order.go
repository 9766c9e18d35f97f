package main

import "fmt"

var trace []string

func note(s string) { trace = append(trace, s) }

// open-coded defers, recovers
func top() (out string) {
	defer func() {
		r := recover()
		note(fmt.Sprint("top.recover:", r))
		out = fmt.Sprint("recovered ", r)
	}()
	defer note("top.2")
	heapFrame(3)
	return "normal"
}

// heap-allocated defers (defer inside a loop), plus one outside the loop
func heapFrame(n int) {
	defer note("heap.outer")
	for i := 0; i < n; i++ {
		defer note(fmt.Sprint("heap.loop", i))
	}
	stackFrame(2)
}

// too many defers for open coding: stack-allocated
func stackFrame(k int) {
	defer note("stack.1")
	defer note("stack.2")
	defer note("stack.3")
	defer note("stack.4")
	defer note("stack.5")
	defer note("stack.6")
	defer note("stack.7")
	defer note("stack.8")
	defer note("stack.9")
	openFrame(k)
}

// open-coded, with a conditional one
func openFrame(k int) {
	defer note("open.1")
	if k > 1 {
		defer note("open.cond")
	}
	defer func() {
		note("open.3")
	}()
	leaf(k)
	note("never")
}

func leaf(k int) {
	defer note("leaf")
	var a []int
	_ = a[k]
}

// many returns x defers > 15: stack-allocated
func manyReturns(x int) (r int) {
	defer note("mr.1")
	defer note("mr.2")
	defer note("mr.3")
	defer note("mr.4")
	switch x {
	case 0:
		return 0
	case 1:
		return 1
	case 2:
		return 2
	case 3:
		panic("mr panic")
	}
	return 9
}

func wrapMany(x int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			note(fmt.Sprint("wrap.recover:", e))
			r = -1
		}
	}()
	return manyReturns(x)
}

func main() {
	fmt.Println(top())
	for i, s := range trace {
		fmt.Println(i, s)
	}
	trace = nil
	fmt.Println(wrapMany(2), wrapMany(3))
	for i, s := range trace {
		fmt.Println(i, s)
	}
}
