// for i = range n assigns n to i in a "range clause": an untyped constant
// must fit i's type, a typed n must be assignable, and i must be an
// integer.
package main

func main() {
	var i8 int8
	for i8 = range 300 {
	}
	var n int
	for i8 = range n {
	}
	var f float64
	for f = range 5 {
	}
	var s string
	for s = range 5 {
	}
	var u uint
	for u = range -1 {
	}
	for i8, u = range 3 {
	}
	_, _, _, _ = i8, f, s, u
}
