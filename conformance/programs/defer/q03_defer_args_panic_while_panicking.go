package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("final:", recover())
	}()
	defer func() {
		defer fmt.Println("inner registered")
		var s []int
		defer fmt.Println("never registered", s[3])
		fmt.Println("unreachable")
	}()
	panic("original")
}
