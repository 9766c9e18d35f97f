package main

import "fmt"

type T int
type S string
type B bool
type F float64
type U uint8

func main() {
	defer func() {
		panic(U(200))
	}()
	defer func() {
		panic(F(-0.25))
	}()
	defer func() {
		panic(B(true))
	}()
	defer func() {
		panic(S("quoted \"text\""))
	}()
	fmt.Println("panicking with main.T")
	panic(T(5))
}
