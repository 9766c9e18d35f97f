package main

type S struct {
	a int
	b string
}

func main() {
	panic(S{1, "x"})
}
