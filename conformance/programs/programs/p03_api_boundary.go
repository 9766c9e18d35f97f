package main

import (
	"errors"
	"fmt"
	"runtime"
)

var ErrSentinel = errors.New("sentinel")

type wrapped struct{ inner error }

func (w wrapped) Error() string { return "wrapped(" + w.inner.Error() + ")" }
func (w wrapped) Unwrap() error { return w.inner }

func safe(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case runtime.Error:
			err = fmt.Errorf("runtime: %w", r)
		case error:
			err = r
		case string:
			err = errors.New(r)
		case fmt.Stringer:
			err = errors.New("stringer:" + r.String())
		default:
			err = fmt.Errorf("unknown panic %v (%T)", r, r)
		}
	}()
	f()
	return nil
}

type st int

func (s st) String() string { return fmt.Sprintf("st#%d", int(s)) }

func main() {
	cases := []func(){
		func() {},
		func() { panic(ErrSentinel) },
		func() { panic(wrapped{ErrSentinel}) },
		func() { panic("plain") },
		func() { panic(st(5)) },
		func() { panic(3.5) },
		func() { var m map[int]int; m[1]++ },
		func() { panic(nil) },
		func() { panic(error(nil)) },
	}
	for i, c := range cases {
		err := safe(c)
		var re runtime.Error
		fmt.Printf("%d: %v | is sentinel=%v | runtime=%v\n", i, err, errors.Is(err, ErrSentinel), errors.As(err, &re))
	}
}
