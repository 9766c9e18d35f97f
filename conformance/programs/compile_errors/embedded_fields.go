package main

type I interface{ M() }

type T struct{}

type P *T

type PI = *I

type S1 struct{ *I }

type S2 struct{ *error }

type S3 struct{ PI }

type S4 struct{ P }

type S5 struct {
	T
	T
}

type S6 struct {
	T
	*T
}

type S7 struct {
	a int
	b int
	a string
}

type OK struct {
	I
	*T
	error
}

func main() {}
