package main

import (
	"errors"
	"fmt"
)

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

func main() {
	base := &E{"base"}
	e1 := fmt.Errorf("ctx %d: %w", 1, base)
	e2 := fmt.Errorf("%w", e1)
	e3 := fmt.Errorf("%v / %w / %s", e1, e2, "tail")
	fmt.Println(e1)
	fmt.Println(e2)
	fmt.Println(e3)
	fmt.Println(errors.Unwrap(e3) == e2, errors.Unwrap(errors.Unwrap(e2)) == base)
	fmt.Printf("%T %T %T\n", e1, e2, e3)
	e4 := fmt.Errorf("%w and %w", e1, base)
	fmt.Printf("%T %v %v\n", e4, e4, errors.Unwrap(e4) == nil)
	e5 := fmt.Errorf("%[2]w then %[1]v", "first", base)
	fmt.Println(e5, errors.Is(e5, base))
	e6 := fmt.Errorf("%+w|%#w|%5w", base, base, base)
	fmt.Println(e6)
	e7 := fmt.Errorf("%q", base)
	fmt.Println(e7, errors.Unwrap(e7))
	e8 := fmt.Errorf("no args")
	fmt.Printf("%T %v\n", e8, e8)
	e9 := fmt.Errorf("%w", nil)
	fmt.Printf("%v %T\n", e9, errors.Unwrap(e9))
	e10 := fmt.Errorf("%d %w", "notint", 5)
	fmt.Println(e10)
	var target *E
	fmt.Println(errors.As(e3, &target), target.msg)
	j := errors.Join(e1, errors.New("second"))
	w := fmt.Errorf("joined: %w", j)
	fmt.Printf("%v\n---\n%q\n", w, w.Error())
	fmt.Println(errors.Is(w, base))
	fmt.Println(errors.Join() == nil, errors.Join(nil) == nil)
	single := errors.Join(base)
	fmt.Println(single, single == error(base))
	fmt.Printf("%s|%v|%d\n", error(nil), error(nil), error(nil))
}
