// Deferred calls whose arguments are larger than the deferring frame's
// operand stack (large arrays by value): running them grows the stack,
// at a function's return and during a panic.
package main

import "fmt"

type block [1 << 17]int

func sum(tag string, b block) {
	s := 0
	for _, v := range b {
		s += v
	}
	fmt.Println(tag, s, b[len(b)-1])
}

func ret() {
	var b block
	for i := range b {
		b[i] = i % 7
	}
	defer sum("first", b)
	b[len(b)-1] = 99
	defer sum("second", b)
}

func panicking() {
	defer func() { fmt.Println("recovered", recover()) }()
	var b block
	b[0] = 1
	defer sum("during panic", b)
	var big [1 << 18]int
	big[3] = 3
	defer func(a [1 << 18]int, c block) { fmt.Println("closure", a[3], c[0]) }(big, b)
	panic("boom")
}

func deep(n int) int {
	if n == 0 {
		ret()
		return 0
	}
	return deep(n-1) + 1
}

func main() {
	ret()
	panicking()
	fmt.Println(deep(1000))
}
