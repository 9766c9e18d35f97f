// Slices of zero-size elements (Go's bug457.go, issue10135.go,
// issue29190.go, issue7550.go): append, make, copy, slicing, ranging, and
// growslice's capacity (exactly the new length) and its overflow panic.
package main

import (
	"fmt"
	"strings"
)

type empty struct{}

type pair struct {
	a [0]int
	b struct{}
}

const maxInt = int(^uint(0) >> 1)

func shouldPanic(want string, f func()) {
	defer func() {
		e := recover()
		if e == nil {
			fmt.Println("no panic, want", want)
			return
		}
		s := e.(error).Error()
		fmt.Println(s, strings.Contains(s, want))
	}()
	f()
}

func main() {
	var x []struct{}
	x = append(x, struct{}{})
	println(len(x), cap(x))
	x = append(x, struct{}{}, struct{}{})
	println(len(x), cap(x))
	x = append(x, x...)
	println(len(x), cap(x))

	var s []empty
	s = append(s, empty{})
	n := 0
	for i, v := range s {
		_ = v
		n += i + 1
	}
	println(n)

	y := make([]struct{}, 10)
	println(len(y), cap(y), copy(y, x), copy(x, y))
	z := y[2:5]
	println(len(z), cap(z), len(y[3:4:9]), cap(y[3:4:9]))
	z = append(z, struct{}{})
	println(len(z), cap(z))
	for range y {
		n++
	}
	println(n)

	ps := []pair{{}, {}}
	ps = append(ps, pair{})
	fmt.Println(len(ps), cap(ps), ps)

	var arr [4][0]int
	sl := arr[:]
	sl = append(sl, [0]int{})
	println(len(sl), cap(sl))

	big := make([]empty, maxInt)
	println(len(big) == maxInt)
	shouldPanic("len out of range", func() { big = append(big, empty{}) })
	one := make([]empty, 1)
	shouldPanic("len out of range", func() { big = append(big, one...) })
	shouldPanic("len out of range", func() { _ = append(big[:maxInt-1], one...) })
	println(len(append(big[:maxInt-1], one...)) == maxInt)

}
