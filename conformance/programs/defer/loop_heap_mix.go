package main

import "fmt"

var glob = 3

func openAndNonOpen() {
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	for {
		// in a loop: heap-allocated, forces the whole function off open-coding
		defer func(n int) {
			fmt.Println("loop defer", n, "recover:", recover())
		}(3)
		if glob > 2 {
			break
		}
	}
	testOpen(47)
	panic("testNonOpenDefer")
}

func testOpen(arg int) {
	defer func(n int) {
		fmt.Println("open defer", n, "recover:", recover())
	}(4)
	if arg > 2 {
		panic("testOpenDefer")
	}
}

func mixed(n int) {
	defer fmt.Println("first (stack)")
	for i := 0; i < n; i++ {
		defer fmt.Println("loop", i)
		if i%2 == 0 {
			defer fmt.Println("  even extra", i)
		}
	}
	defer fmt.Println("last (stack)")
	for _, s := range []string{"x", "y"} {
		defer func() { fmt.Println("range closure", s) }()
	}
}

func main() {
	openAndNonOpen()
	mixed(4)
	fmt.Println("done")
}
