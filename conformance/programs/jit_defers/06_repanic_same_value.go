package main

import (
	"errors"
	"fmt"
)

var errSentinel = errors.New("sentinel failure")

func g() {
	defer fmt.Println("g: first registered")
	defer func() {
		r := recover()
		fmt.Println("g: recovered", r, r == errSentinel)
		panic(r)
	}()
	panic(errSentinel)
}

func h() {
	defer fmt.Println("h: defer")
	g()
}

func main() {
	h()
}
