package main

import "fmt"

func f() {
	var fn func()
	defer fmt.Println("deferred before nil")
	defer fn()
	fmt.Println("body of f runs")
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v\n%T\n", r, r)
		if e, ok := r.(error); ok {
			fmt.Println("error:", e.Error())
		}
	}()
	f()
}
