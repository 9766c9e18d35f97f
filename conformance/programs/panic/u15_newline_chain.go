package main

import "errors"

type S string

func (s S) String() string { return "str:\n" + string(s) }

func main() {
	defer func() { panic(S("multi\nline")) }()
	defer func() {
		recover()
		panic(errors.New("err line1\nerr line2"))
	}()
	panic("first\nsecond")
}
