package main

import (
	"errors"
	"fmt"
)

type StepError struct {
	Step int
	Err  error
}

func (e *StepError) Error() string { return fmt.Sprintf("step %d: %v", e.Step, e.Err) }
func (e *StepError) Unwrap() error { return e.Err }

var ErrBase = errors.New("base problem")

func step(n int) {
	defer func() {
		if r := recover(); r != nil {
			err, ok := r.(error)
			if !ok {
				panic(r)
			}
			panic(&StepError{n, err})
		}
	}()
	if n == 0 {
		panic(ErrBase)
	}
	step(n - 1)
}

func main() {
	defer func() {
		r := recover()
		err := r.(error)
		fmt.Println("final:", err)
		fmt.Println("is base:", errors.Is(err, ErrBase))
		var se *StepError
		if errors.As(err, &se) {
			fmt.Println("outermost step:", se.Step)
		}
		panic(err)
	}()
	step(2)
}
