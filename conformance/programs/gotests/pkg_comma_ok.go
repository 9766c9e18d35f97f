// Package-level var declarations with two names and one comma-ok or
// multi-valued initializer (Go's issue53619.go): each value is converted
// to its variable's type.
package main

import "fmt"

type S interface{ String() string }

type N int

func (n N) String() string { return fmt.Sprint("N", int(n)) }

var a, b any = any(nil).(bool)
var m = map[string]int{"x": 1}
var v, ok = m["x"]
var v2, ok2 any = m["y"]
var s, sok = any(N(4)).(S)
var i1, i2 any = any(N(5)).(fmt.Stringer)
var _, blankOk = m["x"]
var blankV, _ any = m["x"]
var r1, r2 any = two()
var e1, e2 = two()

func two() (N, error) { return 7, nil }

func main() {
	fmt.Println(a, b, v, ok, v2, ok2)
	fmt.Println(s, sok, i1, i2)
	fmt.Println(blankOk, blankV, r1, r2, e1, e2)
	fmt.Printf("%T %T %T %T\n", a, v2, i1, r1)
}
