// nil compared with nil: == and != are reported at the second operand,
// ordered comparisons at the first, as types2 does.
package main

func main() {
	println(nil == nil)
	_ = nil != nil
	_ = (nil) == nil
	_ = nil < nil
	_ = nil >= (nil)
}
