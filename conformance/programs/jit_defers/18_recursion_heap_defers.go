package main

import "fmt"

var seq []int

// recursion with heap (loop) defers in every frame, 1200 deep, with a
// recover at depth 900 that re-panics a new value caught at depth 300.
func rec(d int) (out int) {
	for i := 0; i < 2; i++ {
		defer func() {
			if d%150 == 0 {
				seq = append(seq, d*10+i)
			}
			out += i
		}()
	}
	if d == 900 {
		defer func() {
			r := recover()
			fmt.Println("depth 900 caught:", r)
			panic(fmt.Sprint("rethrown from 900 after ", r))
		}()
	}
	if d == 300 {
		defer func() {
			r := recover()
			fmt.Println("depth 300 caught:", r)
			out = 5000
		}()
	}
	if d == 1200 {
		panic("bottom")
	}
	return rec(d+1) + 1
}

func main() {
	fmt.Println("rec =", rec(0))
	fmt.Println(seq)
}
