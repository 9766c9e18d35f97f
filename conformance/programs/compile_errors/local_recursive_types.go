package main

import "fmt"

// Local type declarations that contain themselves without indirection are
// invalid; through pointers, slices, maps and functions they are fine. A
// local type is complete before the next statement, so its map key check
// waits until then too.
func main() {
	type A struct{ a A }
	type B [2]B
	type C struct{ C }
	type D struct{ p *D }
	type E struct{ m map[int]E }
	type F struct{ s []F }
	type G [1]struct{ g G }
	type H struct{ x [3]struct{ h H } }
	type I interface{ I }
	type J [len(J{})]int
	type K map[K]int
	type L func(L) L
	type N *N
	type O struct {
		next *O
		kids []O
		by   map[string]O
	}
	type P map[[1]P]bool
	var d D
	var e E
	var f F
	var l L
	var n N
	var o O
	fmt.Println(d, e, f, l == nil, n, o)
}
