package main

import "fmt"

var log []string

func add(s string) { log = append(log, s) }

// conditional defers in if/switch branches; the panic is raised at
// different points, so different subsets are registered.
func cond(n int, where string) (res int) {
	defer add("base")
	if n%2 == 0 {
		defer add("even")
	} else {
		defer func() { add("odd"); res += 100 }()
	}
	if where == "early" {
		panic("early")
	}
	switch {
	case n < 3:
		defer add("small")
	case n < 6:
		defer add("medium")
		if where == "inner" {
			panic("inner")
		}
	default:
		defer func(v int) { add(fmt.Sprint("large", v)) }(n)
	}
	if where == "late" {
		panic("late")
	}
	res = n
	return
}

func run(n int, where string) {
	log = nil
	res := -1
	func() {
		defer func() {
			if r := recover(); r != nil {
				add(fmt.Sprint("recovered:", r))
			}
		}()
		res = cond(n, where)
	}()
	fmt.Printf("cond(%d,%q) = %d %v\n", n, where, res, log)
}

func main() {
	for _, w := range []string{"none", "early", "inner", "late"} {
		for n := 1; n <= 7; n += 2 {
			run(n, w)
			run(n+1, w)
		}
	}
}
