package main

import (
	"errors"
	"fmt"
)

var (
	errA = errors.New("error A")
	errB = errors.New("error B")
)

type valErr struct{ field string }

func (v valErr) Error() string { return "invalid " + v.field }

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, valErr{"name"})
	}
	if age < 0 {
		errs = append(errs, valErr{"age"})
	}
	return errors.Join(errs...)
}

func main() {
	j := errors.Join(errA, errB)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, errA), errors.Is(j, errB), errors.Unwrap(j) == nil)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	j2 := errors.Join(nil, errA, nil)
	fmt.Printf("%q %v\n", j2.Error(), j2 == errA)
	fmt.Println(validate("", -1))
	fmt.Println(validate("bob", 3) == nil)
	err := validate("x", -5)
	var ve valErr
	fmt.Println(errors.As(err, &ve), ve.field)
	nested := errors.Join(j, fmt.Errorf("wrapped: %w", errB))
	fmt.Println(nested)
	fmt.Println(errors.Is(nested, errB))
	fmt.Printf("%T\n", j)
	wrapped := fmt.Errorf("outer: %w", j)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, errA))
}
