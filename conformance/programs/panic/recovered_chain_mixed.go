package main

import "fmt"

// p1 recovered, p2 raised; p2 recovered and re-raised as is; then p3.
func main() {
	defer func() {
		r := recover()
		fmt.Println("3rd defer recovered:", r)
		panic("p3")
	}()
	defer func() {
		r := recover()
		fmt.Println("2nd defer recovered:", r)
		panic(r)
	}()
	defer func() {
		r := recover()
		fmt.Println("1st defer recovered:", r)
		panic("p2")
	}()
	panic("p1")
}
