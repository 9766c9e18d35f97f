package main

import (
	"errors"
	"fmt"
)

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func multi() (a, b int, s string) {
	defer func() { a, b = b, a; s += "!" }()
	defer func() {
		recover()
		s = "rec"
	}()
	a, b = 1, 2
	panic(errors.New("x"))
}

func shadow() (x int) {
	defer func() { x++ }()
	x = 5
	{
		x := 100
		_ = x
	}
	return x * 2
}

func retval() (x int) {
	defer func() { x = x * 3 }()
	return 7
}

func main() {
	fmt.Println(div(7, 2))
	fmt.Println(div(7, 0))
	fmt.Println(multi())
	fmt.Println(shadow())
	fmt.Println(retval())
}
