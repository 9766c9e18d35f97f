package main

import (
	"errors"
	"fmt"
	"os"
)

type Validator struct{ max int }

func (v Validator) Check(n int) error {
	if n > v.max {
		return fmt.Errorf("value %d exceeds %d", n, v.max)
	}
	return nil
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	check := Validator{10}.Check
	must(check(5))
	fmt.Println("5 ok")
	err := check(11)
	fmt.Fprintln(os.Stderr, "warning:", err)
	if errors.Unwrap(err) == nil {
		fmt.Println("not wrapped")
	}
	must(check(20))
}
