package main

import (
	"errors"
	"fmt"
)

type P struct{ a, b int }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("my error %d", e.code) }

func main() {
	defer func() {
		panic(map[string]int{"a": 1})
	}()
	defer func() {
		panic([]int{1, 2, 3})
	}()
	defer func() {
		panic(&P{1, 2})
	}()
	defer func() {
		panic(P{3, 4})
	}()
	defer func() {
		panic(Celsius(21.5))
	}()
	defer func() {
		panic(&MyErr{7})
	}()
	defer func() {
		panic(fmt.Errorf("wrapped: %w", errors.New("inner")))
	}()
	panic(errors.New("first error"))
}
