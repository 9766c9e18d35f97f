package main

// Interfaces embedding each other, directly or around a chain, are
// invalid recursive types (an interface whose method mentions another
// that embeds it is fine).

type A interface {
	m() B
	B
}

type B interface {
	A
}

type C interface{ D }
type D interface{ E }
type E interface {
	C
	f()
}

type OK1 interface{ g() OK2 }
type OK2 interface{ OK1 }

func main() {}
