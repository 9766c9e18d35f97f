package main

import (
	"errors"
	"fmt"
)

type NotFoundError struct {
	Key string
}

func (e *NotFoundError) Error() string { return "not found: " + e.Key }

type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string   { return e.Op + " timed out" }
func (e TimeoutError) Timeout() bool   { return true }

var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (q *QueryError) Error() string { return "query " + q.Query + ": " + q.Err.Error() }
func (q *QueryError) Unwrap() error { return q.Err }

func lookup(key string) error {
	switch key {
	case "missing":
		return &NotFoundError{key}
	case "slow":
		return &QueryError{"select slow", TimeoutError{"read"}}
	case "secret":
		return fmt.Errorf("lookup %s: %w", key, &QueryError{"select secret", ErrPermission})
	case "multi":
		return errors.Join(ErrPermission, &NotFoundError{"m"}, nil)
	case "two":
		return fmt.Errorf("both %w and %w", ErrPermission, TimeoutError{"dial"})
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", "slow", "secret", "multi", "two"} {
		err := lookup(k)
		fmt.Printf("%-8s err=%v\n", k, err)
		if err == nil {
			continue
		}
		var nf *NotFoundError
		var te TimeoutError
		var qe *QueryError
		var to interface{ Timeout() bool }
		fmt.Printf("  is-perm=%v as-nf=%v as-te=%v as-qe=%v as-to=%v\n",
			errors.Is(err, ErrPermission), errors.As(err, &nf), errors.As(err, &te), errors.As(err, &qe), errors.As(err, &to))
		if nf != nil {
			fmt.Println("  nf key:", nf.Key)
		}
		if qe != nil {
			fmt.Println("  query:", qe.Query)
		}
		fmt.Println("  unwrap:", errors.Unwrap(err))
	}
	j := errors.Join(errors.New("a"), errors.New("b"))
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, errors.Is(e1, e2), errors.Is(e1, e1), errors.Is(nil, e1), errors.Is(nil, nil))
	w := fmt.Errorf("no wrap %v", e1)
	fmt.Println(errors.Unwrap(w) == nil, errors.Is(w, e1))
}
