package main

// A non-constant shift whose untyped constant operand would be a float in
// its context is rejected, comparisons with untyped floats included.

func fl(x float64) float64 { return x }

func main() {
	var s uint = 2
	var f float64 = 1 << s
	var g = fl(1 << s << 1)
	h := 1.0 << s << 1
	var b = (s == 2) << 1
	var c float32 = 1 << s << s
	_ = []float64{1 << s}
	_ = f + 1<<s
	_ = 1<<s > 3.0
	_ = 1<<s<<s == 2.5
	println(f, g, h, b, c)
}
