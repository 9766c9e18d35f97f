package main

import "fmt"

type E struct{}

func (E) Error() string { panic("inside Error") }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T\n", r)
		fmt.Println("got", r)
	}()
	panic(E{})
}
