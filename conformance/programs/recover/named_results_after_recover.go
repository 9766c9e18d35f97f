package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			q = -1
			err = fmt.Errorf("safeDiv(%d, %d): %v", a, b, r)
		}
	}()
	q = a / b
	return q, nil
}

func partial() (n int, s string) {
	defer func() {
		recover()
		s += " (recovered)"
	}()
	n = 10
	s = "partial"
	panic("stop")
}

func zeroValues() (a int, b string, c []int, d error) {
	defer func() { recover() }()
	a, b, c, d = 1, "x", []int{1}, errors.New("set before panic")
	panic("boom")
}

func unnamedResult() int {
	defer func() { recover() }()
	panic("returns zero")
}

func main() {
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(partial())
	fmt.Println(zeroValues())
	fmt.Println(unnamedResult())
}
