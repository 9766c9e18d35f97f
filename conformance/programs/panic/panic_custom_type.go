package main

import "fmt"

type State int

func (s State) String() string { return fmt.Sprintf("State<%d>", int(s)) }

type Code uint16

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v %T\n", r, r)
		panic(Code(503))
	}()
	panic(State(3))
}
