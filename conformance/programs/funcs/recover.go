package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func panicsWith(v any) (got any) {
	defer func() { got = recover() }()
	panic(v)
}

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprintf("myErr %d", e.code) }

func indexOut() (msg string) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			msg = "runtime error? " + e.Error()
		}
	}()
	s := []int{1, 2, 3}
	i := 5
	return fmt.Sprint(s[i])
}

func noPanic() (r any) {
	defer func() { r = recover() }()
	return "normal"
}

func deferOrderWithPanic() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer fmt.Println("second defer runs first")
	panic("boom")
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(panicsWith("str"))
	fmt.Println(panicsWith(42))
	r := panicsWith(myErr{7})
	fmt.Printf("%v %T\n", r, r)
	e := panicsWith(errors.New("plain"))
	fmt.Println(e)
	fmt.Println(indexOut())
	fmt.Println(noPanic())
	deferOrderWithPanic()
	fmt.Println(recover())
	var m map[string]int
	func() {
		defer func() { fmt.Println("nil map:", recover()) }()
		m["x"] = 1
	}()
	func() {
		defer func() { fmt.Println("assert:", recover()) }()
		var i any = "s"
		_ = i.(int)
	}()
	func() {
		defer func() { fmt.Println("nil ptr:", recover()) }()
		var p *myErr
		fmt.Println(p.code)
	}()
	func() {
		defer func() { fmt.Println("re-panic:", recover()) }()
		func() {
			defer func() {
				r := recover()
				panic(fmt.Sprint("again after ", r))
			}()
			panic("first")
		}()
	}()
	fmt.Println("end")
}
