// The operand of & must be a single value before it must be addressable.
package main

func two() (int, int) { return 1, 2 }

func main() {
	f := func() {}
	_ = &f()
	_ = &two()
	_ = &(f())
	_ = &int
	_ = &len
	_ = &two
	x := 1
	_ = &x
}
