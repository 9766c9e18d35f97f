package main

// Alias cycles without a defined type are invalid recursive types.

type A = []A

type B = struct{ b *C }
type C struct{ c B }

type D = []E
type E = map[string]D

type G = func(H) G2
type H interface{ m(G) }
type G2 = *H

func main() {
	var c C
	_ = c
}
