package main

import (
	"errors"
	"fmt"
)

type codeErr struct{ code int }

func (c codeErr) Error() string { return fmt.Sprintf("code %d", c.code) }

func main() {
	base := errors.New("base")
	e1 := fmt.Errorf("level1: %w", base)
	e2 := fmt.Errorf("level2 [%d]: %w", 2, e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, base), errors.Unwrap(e2) == e1, errors.Unwrap(errors.Unwrap(e2)) == base)
	e3 := fmt.Errorf("nil wrap: %w", nil)
	fmt.Println(e3, errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("not error: %w", "str")
	fmt.Println(e4)
	e5 := fmt.Errorf("%w + %w", codeErr{1}, codeErr{2})
	var ce codeErr
	fmt.Println(e5, errors.As(e5, &ce), ce.code, errors.Unwrap(e5) == nil)
	fmt.Println(errors.Is(e5, codeErr{2}), errors.Is(e5, codeErr{3}))
	e6 := fmt.Errorf("%v and %s and %q", base, base, base)
	fmt.Println(e6, errors.Unwrap(e6) == nil)
	e7 := fmt.Errorf("plain")
	fmt.Printf("%v|%s|%+v|%T\n", e7, e7, e7, e7)
	fmt.Printf("%T %T %T\n", e1, e5, errors.Join(base))
	fmt.Printf("[%10v][%-12s]\n", base, e1)
	joined := errors.Join(e1, codeErr{9})
	fmt.Printf("%v\n---\n%q\n", joined, joined)
	fmt.Println(errors.Is(joined, base), errors.As(joined, &ce), ce)
	var nilErr error
	fmt.Printf("%v %d\n", nilErr, nilErr)
	fmt.Println(fmt.Errorf("pct: %d%%", 50))
	fmt.Println(fmt.Sprintf("%w", base))
}
