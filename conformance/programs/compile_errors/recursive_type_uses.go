package main

// A type whose declaration needs its own underlying type (a composite
// literal or conversion of it in an array length) is an invalid recursive
// type; using it only as an element type is fine. Interfaces embedding
// themselves, directly or not, are invalid too.
type J [len(K{})]int
type K struct{ j []J }

type Q [len([1]Q{})]int
type R [len(R{})]int
type S [len([]S{})]int
type U struct {
	a [len(U{}.b)]int
	b [2]int
}
type V [len(V(nil))]int

type I3 interface{ I4 }
type I4 interface{ I5 }
type I5 interface{ I3 }
type I6 interface{ I6 }

func main() {}
