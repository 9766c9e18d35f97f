package main

import (
	"errors"
	"fmt"
)

type E struct{}

func (E) Error() string { return "E" }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	err := fmt.Errorf("w: %w", E{})
	try("nil target", func() { errors.As(err, nil) })
	try("non-pointer", func() { var e E; errors.As(err, e) })
	try("ptr to int", func() { var i int; errors.As(err, &i) })
	try("ptr to E", func() { var e E; fmt.Println(errors.As(err, &e)) })
	try("ptr to error", func() { var e error; fmt.Println(errors.As(err, &e), e) })
	try("ptr to any", func() { var e any; fmt.Println(errors.As(err, &e), e) })
	var pe *E
	try("nil ptr", func() { errors.As(err, pe) })
}
