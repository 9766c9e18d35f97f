package main

import "fmt"

type E interface{}

type S struct{}

func (S) M() {}

type N interface{ M() }

func main() {
	var e E = 1
	var x interface{} = 2.5
	var y any = "s"
	var n N = S{}
	fmt.Println(e == 1, x == 2.5, 1 == e, y != "s", e == true, x == 2, e == 1.0, n == S{})
	var r interface{} = 'a'
	fmt.Println(r == 'a', r == 97)
}
