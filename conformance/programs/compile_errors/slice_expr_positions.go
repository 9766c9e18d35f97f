package main

// Errors about a slice expression are at its '[' (types2's StartPos does not
// descend into slice expressions, unlike index expressions), and a 3-index
// slice of a string is reported at its third index.

type T struct{ s []int }

func main() {
	var s []int
	var x int
	var t string
	var p T
	s[0:1]
	x = s[0:1]
	_ = &s[0:1]
	_ = t[1:2:3]
	x = p.s[1:]
	x = s[:][0:1]
	x = s[0]
	_ = x
}
