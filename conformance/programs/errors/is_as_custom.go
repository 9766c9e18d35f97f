package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

// Is matches any *NotFound with empty key as wildcard
func (e *NotFound) Is(target error) bool {
	t, ok := target.(*NotFound)
	return ok && (t.Key == "" || t.Key == e.Key)
}

type Temporary interface{ Temporary() bool }

type NetErr struct {
	Op  string
	Err error
}

func (e NetErr) Error() string   { return e.Op + ": " + e.Err.Error() }
func (e NetErr) Unwrap() error   { return e.Err }
func (e NetErr) Temporary() bool { return e.Op == "read" }

type CodeErr int

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

// As converts into *string target
type Converter struct{ msg string }

func (c Converter) Error() string { return c.msg }
func (c Converter) As(target any) bool {
	if p, ok := target.(*CodeErr); ok {
		*p = CodeErr(len(c.msg))
		return true
	}
	return false
}

type Multi struct{ errs []error }

func (m Multi) Error() string   { return fmt.Sprint(len(m.errs), " errors") }
func (m Multi) Unwrap() []error { return m.errs }

var ErrSentinel = errors.New("sentinel")

func main() {
	base := &NotFound{"k1"}
	wrapped := fmt.Errorf("layer2: %w", NetErr{"read", fmt.Errorf("layer1: %w", base)})
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, &NotFound{}), errors.Is(wrapped, &NotFound{"k1"}), errors.Is(wrapped, &NotFound{"k2"}))
	var ne NetErr
	fmt.Println(errors.As(wrapped, &ne), ne.Op)
	var nf *NotFound
	fmt.Println(errors.As(wrapped, &nf), nf.Key, nf == base)
	var tmp Temporary
	fmt.Println(errors.As(wrapped, &tmp), tmp.Temporary())
	var ce CodeErr
	fmt.Println(errors.As(wrapped, &ce))
	conv := fmt.Errorf("ctx: %w", Converter{"hello"})
	fmt.Println(errors.As(conv, &ce), ce, int(ce))

	m := Multi{[]error{CodeErr(3), ErrSentinel, base}}
	top := fmt.Errorf("top: %w", m)
	fmt.Println(errors.Is(top, ErrSentinel), errors.Is(top, CodeErr(3)), errors.Is(top, CodeErr(4)))
	fmt.Println(errors.As(top, &nf), nf.Key)
	fmt.Println(errors.Unwrap(top) == error(nil), errors.Unwrap(m) == nil)

	j := errors.Join(ErrSentinel, nil, CodeErr(7))
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrSentinel), errors.Join(nil, nil) == nil)
	two := fmt.Errorf("a=%w b=%w", ErrSentinel, CodeErr(1))
	fmt.Println(two, errors.Is(two, CodeErr(1)), errors.Unwrap(two))
	fmt.Printf("%v|%s|%q|%+v|%T\n", ErrSentinel, ErrSentinel, ErrSentinel, ErrSentinel, two)
	nw := fmt.Errorf("no wrap %v", ErrSentinel)
	fmt.Println(errors.Is(nw, ErrSentinel), errors.Unwrap(nw))
	bad := fmt.Errorf("bad %w", "notanerror")
	fmt.Println(bad)
	nilw := fmt.Errorf("nil %w", nil)
	fmt.Println(nilw, errors.Unwrap(nilw) == nil)
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrSentinel), errors.Is(ErrSentinel, nil))
	var nilErr error
	fmt.Println(errors.As(ErrSentinel, &ce), nilErr == nil)
}
