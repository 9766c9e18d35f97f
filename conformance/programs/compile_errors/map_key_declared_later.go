package main

// A map key type still being declared is checked once the declarations
// complete: a struct or array holding a map is no key, an interface is.

type I interface {
	m(map[I]bool)
}

type S struct {
	m map[S]bool
}

type M map[K]int
type K [1]M

type OK map[P]string
type P struct{ a, b int }

func main() {}
