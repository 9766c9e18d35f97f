package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Why   string
}

func (v ValidationError) Error() string {
	return "invalid " + v.Field + ": " + v.Why
}

func validate(age int) {
	if age < 0 {
		panic(fmt.Errorf("validate: %w", ValidationError{"age", "negative"}))
	}
}

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2 runs before crash")
	}()
	validate(10)
	fmt.Println("ok 10")
	var target ValidationError
	err := fmt.Errorf("x: %w", ValidationError{"f", "w"})
	fmt.Println(errors.As(err, &target), target.Field)
	validate(-1)
}
