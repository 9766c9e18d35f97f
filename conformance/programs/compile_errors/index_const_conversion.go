package main

// A constant index converts to int first, as types2's isValidIndex does:
// an untyped float with a fraction is truncated, too big overflows, a
// string or bool cannot convert; a typed non-integer constant must be
// integer and a typed integer must fit int.
const f64 float64 = 1.5
const g float64 = 2
const big uint64 = 1 << 63

func main() {
	s := []int{1, 2}
	a := [3]int{}
	s[1.5] = 2
	_ = a[2.5]
	_ = "abc"[0.5]
	s[f64] = 1
	s[1<<70] = 1
	s["a"] = 1
	_ = s[1.5:]
	_ = s[:2.0]
	_ = s[g]
	_ = s[big]
}
