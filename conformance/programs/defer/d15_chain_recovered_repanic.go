package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		panic(fmt.Sprintf("re(%v)", r))
	}()
	panic("orig")
}

func main() {
	defer func() {
		panic("outermost")
	}()
	inner()
}
