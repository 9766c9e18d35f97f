package main

// A plain assignment is no use (only reads and op-assignments are),
// parenthesized targets included.

func main() {
	w := 1
	w = 2
	z := 1
	z, y := 2, 3
	_ = y
	var p int
	(p) = 4
	var q, r int
	q, r = 1, 2
	var k int
	for k = range 3 {
	}
	x := 0
	x++
}
