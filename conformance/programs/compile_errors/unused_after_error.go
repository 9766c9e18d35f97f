// Which variables count as used around erroneous expressions follows
// types2: arguments of a bad conversion, elements of a literal of an
// invalid type or with too many values, indexes of an invalid or
// non-indexable operand are used; arguments of a call of a non-function
// are not checked at all.
package main

func main() {
	var a, b, c, d, e, x, g, h int
	var f, k int
	var m map[int]int
	var fn func(int)
	_ = int(a, b, g)
	_ = T{c, 1: h}
	_ = struct{}{d}
	m.x[e] = 1
	x(f, func() { z := 1 }, k)
	fn[x](1)
}
