// A name used as a type that denotes something else is described by its
// object kind, and a variable misused so counts as used.
package main

import "fmt"

var g = 1

const k = 2

func fn() {}

type R struct{}

func (r R) m(p int) (res int) {
	var a r
	var b p
	_, _ = a, b
	return
}

func main() {
	n := 1
	var x any = 1
	switch x.(type) {
	case n:
	}
	var a n
	var b g
	var c k
	var d fn
	var e len
	var f nil
	var h fmt
	_, _, _, _, _, _, _ = a, b, c, d, e, f, h
}
