package main

type A interface{ M() }
type B interface{ M() int }
type C interface {
	A
	B
}

type I interface{ _() }

type D interface {
	M()
	N()
	M()
}

func main() {}
