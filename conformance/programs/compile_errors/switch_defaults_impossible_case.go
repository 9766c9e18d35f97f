package main

import "fmt"

type I interface{ Foo() }

type X struct{}

func (*X) Foo() {}

func main() {
	var e error
	switch e.(type) {
	case int:
	case X:
	}
	var i I = &X{}
	switch v := i.(type) {
	case X:
		fmt.Println(v)
	default:
	case *X:
	default:
	}
	switch 1 {
	default:
	case 1:
	default:
	default:
	}
}
