package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
	Issue string
}

func (v *ValidationError) Error() string { return v.Field + ": " + v.Issue }

type Stack []string

func (s *Stack) Push(v string) { *s = append(*s, v) }
func (s *Stack) Pop() (string, error) {
	if len(*s) == 0 {
		return "", errors.New("pop from empty stack")
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

func validate(age string) (int, error) {
	n, err := strconv.Atoi(age)
	if err != nil {
		return 0, fmt.Errorf("validate %q: %w", age, err)
	}
	if n < 0 {
		return 0, &ValidationError{"age", "negative"}
	}
	return n, nil
}

func mayReturnTypedNil(fail bool) error {
	var v *ValidationError
	if fail {
		v = &ValidationError{"x", "y"}
	}
	return v
}

func main() {
	for _, in := range []string{"42", "-3", "abc", "99999999999999999999", ""} {
		n, err := validate(in)
		var ve *ValidationError
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Println("ok", n)
		case errors.As(err, &ve):
			fmt.Println("validation", ve.Field, ve)
		case errors.As(err, &ne):
			fmt.Println("numerr", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
			fmt.Println("  ", err)
		}
	}
	var s Stack
	s.Push("a")
	for i := 0; i < 2; i++ {
		v, err := s.Pop()
		fmt.Printf("%q %v\n", v, err)
	}
	e := mayReturnTypedNil(false)
	fmt.Println(e == nil, e != nil)
	fmt.Printf("%T %v\n", e, e == (*ValidationError)(nil))
	e2 := mayReturnTypedNil(true)
	fmt.Println(e2)
	_, err := strconv.ParseBool("maybe")
	fmt.Println(err)
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(err)
	_, err = strconv.ParseUint("-1", 10, 8)
	fmt.Println(err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 1, 8)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
}
