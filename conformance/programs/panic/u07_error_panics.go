package main

type E struct{}

func (E) Error() string { panic("inside Error") }

func main() {
	panic(E{})
}
