package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPerm = errors.New("permission denied")

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type CodeErr int

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

func find(name string) error {
	if name == "" {
		return &PathError{"open", "<empty>", ErrNotFound}
	}
	return nil
}

func main() {
	e1 := errors.New("not found")
	fmt.Println(e1 == ErrNotFound, e1.Error() == ErrNotFound.Error(), errors.Is(e1, ErrNotFound))
	err := find("")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, ErrPerm))
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("as PathError:", pe.Op, pe.Path)
	}
	fmt.Println(errors.Unwrap(err) == ErrNotFound, errors.Unwrap(ErrNotFound))
	w := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", err))
	fmt.Println(w)
	fmt.Println(errors.Is(w, ErrNotFound))
	var pe2 *PathError
	fmt.Println(errors.As(w, &pe2), pe2.Path)
	fmt.Printf("%T %T\n", w, errors.Unwrap(w))
	noWrap := fmt.Errorf("plain %v", ErrNotFound)
	fmt.Println(noWrap, errors.Is(noWrap, ErrNotFound), errors.Unwrap(noWrap))
	fmt.Printf("%T\n", noWrap)
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, ErrPerm)
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.Is(multi, ErrPerm), errors.Unwrap(multi))
	fmt.Printf("%T\n", multi)
	var ce CodeErr
	wrappedCode := fmt.Errorf("ctx: %w", CodeErr(404))
	fmt.Println(errors.As(wrappedCode, &ce), ce, int(ce))
	fmt.Println(errors.Is(wrappedCode, CodeErr(404)), errors.Is(wrappedCode, CodeErr(500)))
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(nil, nil), errors.Unwrap(nil))
	bad := fmt.Errorf("not an error: %w", "str")
	fmt.Println(bad, errors.Unwrap(bad))
	fmt.Println(fmt.Errorf("nil wrap: %w", nil))
	fmt.Println(fmt.Errorf("%d items failed: %v", 3, []error{ErrPerm}))
}
