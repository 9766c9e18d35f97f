package main

import "fmt"

type N interface{ M() }
type E interface{}

// Comparing an interface with an untyped number: assignable only to an
// empty interface, else mismatched types (no conversion error); an untyped
// string or bool is converted and fails to.
func main() {
	var n N
	var e E
	var x interface{}
	_ = n == 1
	_ = 1.5 != n
	_ = n == 'a'
	_ = n == "s"
	fmt.Println(e == 1, x == 2.5, 1 == e, x != "s", e == true)
}
