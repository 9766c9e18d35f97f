package main

import "errors"

type E struct{}

func (E) Error() string { panic(errors.New("inner")) }

func main() {
	panic(E{})
}
