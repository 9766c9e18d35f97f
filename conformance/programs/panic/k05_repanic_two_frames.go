package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		panic(r)
	}()
	panic(fmt.Errorf("E%d", 1))
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("main got", r)
		panic(fmt.Sprint(r))
	}()
	inner()
}
