package main

type E interface{}
type N interface{ M() }

// Arithmetic on an interface and an untyped constant: a numeric constant
// stays untyped in the message, a string or bool takes its default type.
func main() {
	var e E
	var n N
	var b bool
	_ = e + 1
	_ = e - 2.5
	_ = n * 'a'
	_ = 1 + e
	_ = e + "s"
	_ = e + true
	_ = e + (b == b)
	_ = "s" + e
	_ = e + nil
}
