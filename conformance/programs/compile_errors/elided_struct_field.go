package main

// Only array, slice and map elements (and map keys) may omit their
// composite literal type; a struct field value may not.

type P struct{ x, y int }

type T struct {
	f map[string]string
	p P
	q *P
	s []P
}

var _ = T{
	f: {"a": "b"},
	p: {1, 2},
}

var _ = T{nil, {1, 2}, nil, nil}

var ok = T{s: []P{{1, 2}, {x: 3}}, q: &P{}}

var okm = map[P][]P{{1, 2}: {{3, 4}}}

func main() {}
