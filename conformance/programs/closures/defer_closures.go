package main

import (
	"errors"
	"fmt"
)

func namedResult() (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			n = -1
		}
	}()
	defer func() { n *= 2 }()
	n = 5
	panic("boom")
}

func counter() (c int) {
	for i := 0; i < 3; i++ {
		defer func() { c += i }()
	}
	return 10
}

func deferArgs() {
	x := 1
	defer fmt.Println("arg evaluated early:", x)
	defer func(v int) { fmt.Println("param:", v, "captured:", x) }(x)
	x = 42
}

type closer struct{ name string }

func (c closer) Close()     { fmt.Println("close", c.name) }
func (c *closer) PClose()   { fmt.Println("pclose", c.name) }

func deferMethods() {
	c := closer{"first"}
	defer c.Close()
	defer c.PClose()
	c.name = "second"
}

func loopDefers() {
	for i := range 3 {
		defer func() { fmt.Print("d", i, " ") }()
	}
	for _, s := range []string{"a", "b"} {
		defer fmt.Print(s, " ")
	}
}

func errWrap() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

func nilFuncDefer() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("recovered: ", r)
	}()
	var f func()
	defer f()
	return "unreached?"
}

func main() {
	fmt.Println(namedResult())
	fmt.Println(counter())
	deferArgs()
	deferMethods()
	loopDefers()
	fmt.Println()
	err := errWrap()
	fmt.Println(err, errors.Unwrap(err))
	fmt.Println(nilFuncDefer())
}
