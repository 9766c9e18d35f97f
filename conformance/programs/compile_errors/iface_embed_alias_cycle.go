package main

import "fmt"

// A defined interface with methods of its own embedding, through an alias
// of an interface literal, itself.
type A2 interface {
	M()
	A1
}
type A1 = interface{ A2 }

// The alias declared first.
type B1 = interface {
	N()
	B2
}
type B2 interface {
	M()
	B1
}

// A cycle of two defined interfaces through an alias of one of them.
type C2 interface{ C1 }
type C1 = C3
type C3 interface {
	String() string
	C2
}

// Embedding through aliases without a cycle is fine.
type D1 = interface{ fmt.Stringer }
type D2 interface {
	D1
	M()
}

func main() {
	var d D2
	fmt.Println(d == nil)
}
