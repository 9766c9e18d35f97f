package main

import "fmt"

// A method result that embeds the interface being declared.
type A interface {
	F() interface{ A }
}

// Through a parameter, a slice, a map and a struct field.
type B interface {
	G(x []map[string]struct{ f *interface{ B } })
}

// An alias of an interface literal that embeds a defined interface.
type CA = interface{ C }

type C interface {
	M() CA
}

// A literal embedding a literal.
type D interface {
	N(interface{ interface{ D } })
}

// Through a defined type only: no anonymous cycle.
type E interface{ F() EN }
type EN interface{ E }

// A literal with only methods of its own.
type G interface {
	H() interface{ String() string }
}

var v struct {
	x interface {
		M() interface{ A }
	}
}

func main() {
	type L interface {
		P() func() interface{ L }
	}
	var e E
	var g G
	var l L
	fmt.Println(e == nil, g == nil, l == nil, v.x == nil)
}
