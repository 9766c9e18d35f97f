package main

import "fmt"

// A label that is the target of a backward goto makes a loop for gc's
// escape analysis: defers after it are heap-allocated.
func backward() {
	i := 0
again:
	i++
	if i < 3 {
		goto again
	}
	defer fmt.Println("backward: after looping label, i =", i)
	fmt.Println("backward body")
}

// A forward goto does not form a loop.
func forward(skip bool) {
	defer fmt.Println("forward: first")
	if skip {
		goto end
	}
	defer fmt.Println("forward: skipped when skip")
end:
	defer fmt.Println("forward: at end label")
	fmt.Println("forward body", skip)
}

// A goto loop that contains defers runs each of them.
func gotoLoop() {
	n := 0
top:
	defer fmt.Println("gotoLoop defer", n)
	n++
	if n < 3 {
		goto top
	}
}

// Statements after a return are dead code and are dropped by gc.
func deadAfterReturn() {
	defer fmt.Println("deadAfterReturn: live")
	return
	defer fmt.Println("never")
}

func deadAfterPanic() {
	defer func() { fmt.Println("deadAfterPanic recovered:", recover()) }()
	panic("p")
	defer fmt.Println("never")
}

func main() {
	backward()
	forward(false)
	forward(true)
	gotoLoop()
	deadAfterReturn()
	deadAfterPanic()
}
