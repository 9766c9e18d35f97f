package main

type E struct{}

func (E) Error() string { panic("bad Error") }

func main() {
	defer func() { panic(E{}) }()
	panic("first")
}
