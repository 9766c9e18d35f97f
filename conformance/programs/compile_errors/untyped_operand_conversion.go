package main

type N interface{ M() }
type S int8

// An untyped constant operand that cannot convert to the other operand's
// type is the only error, naming the basic or underlying type.
func main() {
	var i8 int8
	var s S
	var u uint
	_ = i8 + 1000
	_ = s + 1000
	_ = u + -1
	_ = i8 + 1.5
	_ = i8 == 1000
	var n N
	_ = n + "s"
	_ = 1000 + i8
}
