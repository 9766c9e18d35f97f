package main

// Package initialization: a spec giving each variable its own value
// initializes each variable when its own dependencies are ready (y before
// x below); a multi-valued initializer depends on all it references.

import "fmt"

var order []string

func note(s string, v int) int { order = append(order, s); return v }

var x, y = note("x", z+1), note("y", 2)
var z = note("z", w)
var w = note("w", 5)

var p, q = pair()
var r = q + note("r", 1)

func pair() (int, int) { return note("p", 1), note("q", s) }

var s = note("s", 7)

var a, b = note("a", c), note("b", 0)
var c = note("c", 3)

func main() {
	fmt.Println(order)
	fmt.Println(x, y, z, w, p, q, r, s, a, b, c)
}
