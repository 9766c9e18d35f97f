package main

import "errors"

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func main() {
	defer func() {
		panic(errors.New("from defer"))
	}()
	panic(&E{"custom *E error"})
}
