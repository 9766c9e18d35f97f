// Converting an interface value to a type that implements the interface
// (but is not an interface) needs a type assertion, and gc says so; a type
// that does not implement it gets no hint.
package main

type Stringer interface{ String() string }

type S struct{}

func (S) String() string { return "" }

type N int

type Empty interface{}

func main() {
	var e Empty
	var s Stringer
	_ = int(e)
	_ = S(s)
	_ = N(s)
	_ = []int(e)
	_ = (*S)(s)
	_ = string(s)
}
