package main

import "fmt"

// a deferred call recovers the first panic and raises a new one before it
// returns: the report shows the first as [recovered].
func f() {
	defer fmt.Println("f: earliest defer still runs")
	defer func() {
		r := recover()
		fmt.Println("f: recovered", r)
		panic(fmt.Sprint("new after ", r))
	}()
	defer fmt.Println("f: latest defer")
	panic("original")
}

func main() {
	defer fmt.Println("main: defer")
	f()
}
