package main

import "fmt"

// Deferred calls of lazy functions (inline code only) push no frame
// header either; a runtime error inside one still unwinds exactly.

var tab = []int{10, 20, 30}
var total int

func at(i int) int { return tab[i] }

func add(i int) { total += at(i) }

func work(i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("work recovered:", e, "total", total)
			r = -i
		}
	}()
	defer add(i)
	defer add(i - 1)
	r = i * 100
	return r
}

func plain(i int) {
	defer add(i)
	total++
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(work(i), total)
	}
	defer func() {
		fmt.Println("main recovered:", recover(), total)
	}()
	plain(1)
	plain(3)
	fmt.Println("not reached")
}
