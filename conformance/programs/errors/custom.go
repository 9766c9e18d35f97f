package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "key " + e.Key + " not found" }

type Temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (e *netErr) Error() string   { return "net: " + e.msg }
func (e *netErr) Temporary() bool { return true }

type sentinelIs struct{ code int }

func (s sentinelIs) Error() string { return fmt.Sprint("code=", s.code) }
func (s sentinelIs) Is(target error) bool {
	t, ok := target.(sentinelIs)
	return ok && (t.code == 0 || t.code == s.code)
}

func lookup(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, NotFound{k}
	}
	return v, nil
}

func main() {
	m := map[string]int{"a": 1}
	if _, err := lookup(m, "b"); err != nil {
		fmt.Println("error:", err)
		var nf NotFound
		fmt.Println(errors.As(err, &nf), nf.Key)
		fmt.Printf("%v|%s|%q|%+v|%#v\n", err, err, err, err, err)
	}
	v, err := lookup(m, "a")
	fmt.Println(v, err)
	var e error = &netErr{"timeout"}
	var tmp Temporary
	fmt.Println(errors.As(fmt.Errorf("w: %w", e), &tmp), tmp.Temporary())
	fmt.Println(errors.Is(sentinelIs{5}, sentinelIs{0}), errors.Is(sentinelIs{5}, sentinelIs{6}))
	fmt.Println(errors.Is(fmt.Errorf("x: %w", sentinelIs{7}), sentinelIs{7}))
	errs := []error{NotFound{"x"}, &netErr{"reset"}, nil, errors.New("plain")}
	for _, e := range errs {
		switch t := e.(type) {
		case nil:
			fmt.Println("nil error")
		case NotFound:
			fmt.Println("not found:", t.Key)
		case Temporary:
			fmt.Println("temporary:", t.Temporary(), e)
		default:
			fmt.Println("other:", t)
		}
	}
	fmt.Println(errs)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1 == e1, NotFound{"k"} == NotFound{"k"}, error(NotFound{"k"}) == error(NotFound{"k"}))
}
