package main

import "fmt"

type I interface{ M() }
type T struct{}

func (T) M() {}

func main() {
	var x any = T{}
	i := x.(I)
	fmt.Printf("%T\n", i)
	var y any = 5
	_ = y.(I)
}
