package main

import (
	"errors"
	"fmt"
)

// Results captured by deferred closures are shared with the function
// (gc never captures results by value), also when a recover changes them.

func named() (x int, err error) {
	defer func() {
		if r := recover(); r != nil {
			x = -1
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	x = 5
	panic("boom")
}

func doubled() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func observe() (s string) {
	seen := ""
	defer func() { seen = s; fmt.Println("saw", seen) }()
	s = "first"
	return "second"
}

func counter() (c int) {
	inc := func() { c++ }
	inc()
	inc()
	return c * 10
}

func wrapErr(fail bool) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	if fail {
		return errors.New("bad")
	}
	return nil
}

func unnamedWithCapture(v int) int {
	defer func() {
		recover()
	}()
	f := func() int { return v * 3 }
	if v > 2 {
		panic(f())
	}
	return f()
}

func main() {
	fmt.Println(named())
	fmt.Println(doubled())
	fmt.Println(observe())
	fmt.Println(counter())
	fmt.Println(wrapErr(true), wrapErr(false))
	fmt.Println(unnamedWithCapture(1), unnamedWithCapture(5))
}
