package main

import "fmt"

var trace []int

// a deep recursion with its own panics and recovers, run from a deferred
// call while an outer panic is in progress.
func deep(d int) (sum int) {
	defer func() {
		sum += d
	}()
	if d == 600 {
		defer func() {
			if r := recover(); r != nil {
				trace = append(trace, d)
				sum = 1
			}
		}()
	}
	if d == 1300 {
		panic("deep bottom")
	}
	return deep(d + 1)
}

func outer() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("outer recovered: ", r)
	}()
	defer func() {
		s := deep(0)
		fmt.Println("deep in defer:", s, trace)
		// recover here must return the outer panic, not the inner one
		r := recover()
		fmt.Println("defer's own recover:", r)
		panic(fmt.Sprint("replaced ", r))
	}()
	panic("outer panic")
}

func main() {
	fmt.Println(outer())
	s := deep(0)
	fmt.Println("deep again:", s, trace)
}
