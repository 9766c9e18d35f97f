package main

// Constant indices: negative, a bool that cannot convert, a float map key
// (no int conversion there).
func main() {
	s := []int{1}
	_ = s[-1]
	_ = s[1 == 1]
	var m map[float64]int
	_ = m[1.5]
	_ = s[1.0]
	_ = "ab"[-1:]
}
