package main

// Indirecting nil is reported at the operand, as is indirecting a
// non-pointer.

func main() {
	_ = *nil
	_ = *(nil)
	x := 1
	_ = *x
}
