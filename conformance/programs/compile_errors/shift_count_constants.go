package main

// Constant shift counts as types2 checks them: representable as uint
// (1.5 is truncated, "a" cannot convert), and at most 1074 in a constant
// shift, in either direction.

func main() {
	x := 5
	x <<= 1.5
	_ = 1 << 2000
	const c = 1 << 1100
	_ = 1 << 1074
	_ = 1 >> 1075
	_ = x << 2.0
	_ = x >> 1e3
	_ = 2.0 << 1080
	_ = x << "a"
}
