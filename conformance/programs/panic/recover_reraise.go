package main

import (
	"errors"
	"fmt"
)

var ErrFatal = errors.New("fatal condition")

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, ErrFatal) {
				panic(r)
			}
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(safe(func() { panic("small") }))
	fmt.Println(safe(func() { var m map[int]int; m[1] = 1 }))
	fmt.Println(safe(func() { a := []int{}; _ = a[3] }))
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { panic(fmt.Errorf("wrapped: %w", ErrFatal)) }))
}
