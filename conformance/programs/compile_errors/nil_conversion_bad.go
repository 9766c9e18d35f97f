package main

// nil converts only to pointer, slice, map, func, channel and interface
// types (named or not).

type N int
type St struct{}

func main() {
	a := int(nil)
	b := string(nil)
	c := N(nil)
	d := St(nil)
	e := [2]int(nil)
	f := bool(nil)
	println(a, b, c, d, e, f)
}
