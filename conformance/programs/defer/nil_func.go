package main

import (
	"fmt"
	"runtime"
)

var calls int

func arg(n int) int {
	calls++
	fmt.Println("arg evaluated", n)
	return n
}

func deferNil() (err error) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T\n", r)
		if re, ok := r.(runtime.Error); ok {
			err = re
		}
	}()
	var f func(int)
	defer f(arg(1)) // arguments evaluated now; panic only when the defer runs
	fmt.Println("still running after defer of nil func")
	return nil
}

type T struct{ fn func() }

func main() {
	err := deferNil()
	fmt.Println("err:", err)
	fmt.Println("calls:", calls)
	t := T{}
	defer fmt.Println("main deferred print runs")
	defer t.fn()
	fmt.Println("main body done")
}
