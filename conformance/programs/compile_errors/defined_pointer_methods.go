package main

// Methods are not selected through a defined pointer type, and such a
// type cannot be a receiver.

type S struct{ x int }

func (s *S) M() int { return s.x }
func (s S) V() int  { return s.x }

type T *S

func (t T) N() {}

func main() {
	var p T = &S{1}
	p.M()
	p.V()
	_ = p.M
	_ = T.M
	_ = p.nope
}
