package main

import (
	"errors"
	"fmt"
	"strings"
)

type Tx struct {
	id     int
	ops    []string
	closed bool
}

var log []string

func (t *Tx) Exec(op string) {
	if t.closed {
		panic(fmt.Sprintf("tx%d: exec on closed tx", t.id))
	}
	if strings.HasPrefix(op, "bad") {
		panic(fmt.Errorf("tx%d: invalid op %q", t.id, op))
	}
	t.ops = append(t.ops, op)
}

func (t *Tx) Commit()   { t.closed = true; log = append(log, fmt.Sprintf("commit%d%v", t.id, t.ops)) }
func (t *Tx) Rollback() { t.closed = true; log = append(log, fmt.Sprintf("rollback%d(%d ops)", t.id, len(t.ops))) }

func WithTx(id int, fn func(*Tx)) (err error) {
	tx := &Tx{id: id}
	defer func() {
		if r := recover(); r != nil {
			tx.Rollback()
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("rolled back: %w", v)
			default:
				err = fmt.Errorf("rolled back: %v", v)
			}
			return
		}
		tx.Commit()
	}()
	fn(tx)
	return nil
}

func main() {
	var errs []error
	errs = append(errs, WithTx(1, func(t *Tx) { t.Exec("a"); t.Exec("b") }))
	errs = append(errs, WithTx(2, func(t *Tx) { t.Exec("a"); t.Exec("bad-x"); t.Exec("c") }))
	errs = append(errs, WithTx(3, func(t *Tx) { t.Commit(); t.Exec("z") }))
	errs = append(errs, WithTx(4, func(t *Tx) {
		err := WithTx(5, func(t2 *Tx) { t2.Exec("inner"); t.Exec("bad-outer-from-inner") })
		t.Exec("after-inner")
		if err != nil {
			panic(err)
		}
	}))
	for _, l := range log {
		fmt.Println(l)
	}
	joined := errors.Join(errs...)
	fmt.Println(joined)
	fmt.Println(errors.Unwrap(errors.Unwrap(errs[3])) != nil)
}
