package main

// The context types2 names when an untyped value does not fit: blank
// assignment, multiple assignment, := and var declarations.

func main() {
	_ = nil
	_, _ = 1e400, nil
	var x int
	x, _ = 1, 1e400
	_ = x
	a, b := 1e400, nil
	var c, d = 1e400, nil
	println(a, b, c, d)
}
