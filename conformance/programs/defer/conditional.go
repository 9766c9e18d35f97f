package main

import "fmt"

var list []int

func testConditionalDefers(n int) {
	doappend := func(i int) {
		list = append(list, i)
	}
	defer doappend(1)
	if n > 5 {
		defer doappend(2)
		if n > 8 {
			defer doappend(3)
		} else {
			defer doappend(4)
		}
	}
	panic("testConditional")
}

func run(n int) {
	list = make([]int, 0, 10)
	defer func() {
		r := recover()
		fmt.Println(n, r, list)
	}()
	testConditionalDefers(n)
}

const debug = false

func switchDefers(kind string) {
	switch kind {
	case "a":
		defer fmt.Println("  defer a")
	case "b":
		defer fmt.Println("  defer b1")
		defer fmt.Println("  defer b2")
	default:
		defer fmt.Println("  defer default")
	}
	if debug {
		defer fmt.Println("never: debug is a false constant")
	}
	if false {
		defer fmt.Println("never: if false")
	}
	fmt.Println("switchDefers", kind)
}

func early(x int) {
	defer fmt.Println("  always")
	if x < 0 {
		return
	}
	defer fmt.Println("  only when x >= 0")
	if x == 0 {
		return
	}
	defer fmt.Println("  only when x > 0")
	fmt.Println("  early body end")
}

func main() {
	run(8)
	run(9)
	run(3)
	for _, k := range []string{"a", "b", "z"} {
		switchDefers(k)
	}
	for _, x := range []int{-1, 0, 1} {
		fmt.Println("early", x)
		early(x)
	}
}
