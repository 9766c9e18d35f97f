package main

// Embedded field types still being declared are validated once the
// declarations complete: a defined pointer type or a pointer to an
// interface cannot be embedded, a pointer to a struct can.

type T *struct {
	T
}

type U struct {
	*V
	W
}

type V interface{ m() }
type W *U

type OK struct {
	*OK2
}
type OK2 struct{ OK }

func main() {}
