package main

import "fmt"

type S interface{ M() }

type T struct{}

func (T) M() {}

func main() {
	var s S = T{}
	p := &s
	p.M()
	fmt.Println(p)
}
