package main

import "fmt"

// open-coded defers registered before a long loop (enough back-edges to
// make the JIT compile the function mid-run), then a panic after it.
func longLoop(n int) (acc int) {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, "acc =", acc)
		acc += 1
	}()
	if n > 100 {
		defer func() { fmt.Println("conditional defer, acc =", acc) }()
	}
	defer fmt.Println("arg evaluated at defer time:", acc)
	for i := 0; i < n; i++ {
		acc += i % 11
	}
	if n > 2000 {
		panic(fmt.Sprint("after ", n, " iterations"))
	}
	return acc
}

// heap defers registered inside the long loop before it is compiled, and
// after, then a panic.
func loopDefers(n int) (cnt int) {
	defer func() {
		fmt.Println("loopDefers recovered:", recover(), "cnt =", cnt)
	}()
	for i := 0; i < n; i++ {
		if i%700 == 0 {
			defer func(k int) { cnt += k; fmt.Println("loop defer", k) }(i)
		}
	}
	var m map[int]int
	m[n] = 1
	return -1
}

func main() {
	fmt.Println(longLoop(50))
	fmt.Println(longLoop(2500))
	fmt.Println(loopDefers(3000))
}
