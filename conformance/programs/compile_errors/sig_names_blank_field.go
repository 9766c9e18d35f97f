package main

// Parameter names of function types and interface methods share one
// scope; a blank struct field cannot be named in a literal.

type a interface {
	foo(x int) (x int)
}

var f func(y, y int)

type T struct{ _ int; x int }

func g(z int) (z string) { return "" }

func main() {
	_ = T{_: 1}
	_ = T{x: 1, _: 2}
	_ = f
}
