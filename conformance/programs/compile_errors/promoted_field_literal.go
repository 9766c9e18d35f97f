// Errors about promoted fields named in struct literals: an embedded
// pointer on the way, a promoted field next to its enclosing embedded
// field (either order), duplicates, methods and unknown names.
package main

type In struct{ V, W int }

func (In) Meth() {}

type Mid struct {
	*In
	M int
}

type Top struct {
	Mid
	Z int
}

type Flat struct {
	In
	Z int
}

func main() {
	_ = Top{V: 1}
	_ = Top{Mid: Mid{}, M: 2}
	_ = Top{M: 2, Mid: Mid{}}
	_ = Flat{V: 1, V: 2}
	_ = Flat{Meth: nil}
	_ = Flat{Q: 1}
	_ = Flat{W: 1, In: In{}, Z: 3}
	_ = Flat{In: In{}, W: 1}
}
