// Package initialization order with specs declaring several variables:
// `var a, b = x, y` is two initializers, each waiting only for what its
// own value refers to; `var q, r = f()` (and `v, ok = m[k]`, `x, ok =
// i.(T)`) is one initializer that waits for everything f refers to, and
// runs once, when its first variable is reached.
package main

import "fmt"

var trace string

func g(s string) int {
	trace += s + " "
	return len(trace)
}

var (
	a    = b + 1
	b    = g("b")
	q, r = two()
	s    = g("s")
)

func two() (int, int) { trace += "two "; return s * 10, t }

var t = g("t")

var s1, s2 = g("s1"), late5
var late5 = g("late5")

var _, u2 = g("blank"), late6 + 1
var late6 = g("late6")

// a later variable depends on the second variable of a multi-value spec
var z = rr + 1
var qq, rr = pair("pair")

func pair(s string) (int, int) { return g(s), g(s + "2") }

// comma-ok forms
var mv, ok = m[key]
var m = map[string]int{"k": g("m")}
var key = "k"

var iv, iok = iface.(int)
var iface interface{} = g("iface")

// dependencies through method values, method expressions and closures
type T struct{ n int }

func (x T) Get() int { return x.n + late7 }

var viaMethodValue = T{1}.Get()
var viaMethodExpr = T.Get(T{2})
var viaClosure = func() int { return late8 * 2 }()
var late7 = g("late7")
var late8 = g("late8")

// independent values of one spec keep declaration order
var x1, x2, x3 = g("x1"), g("x2"), y3
var y3 = g("y3")

func main() {
	fmt.Println(trace)
	fmt.Println(a, b, q, r, s, t)
	fmt.Println(s1, s2, late5, u2, late6)
	fmt.Println(z, qq, rr)
	fmt.Println(mv, ok, iv, iok)
	fmt.Println(viaMethodValue, viaMethodExpr, viaClosure, late7, late8)
	fmt.Println(x1, x2, x3, y3)
}
