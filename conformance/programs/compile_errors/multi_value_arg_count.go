package main

// A multi-valued call as the only argument: a wrong count is reported at
// that argument, for too many and not enough alike.

type T struct{}

func (T) M(a, b, c int) {}

func two() (int, int)    { return 1, 2 }
func need3(a, b, c int) {}
func need1(a int)       {}

func main() {
	need3(two())
	need1(two())
	var t T
	t.M(two())
	f := func(a, b, c int) {}
	f(two())
	need3(
		two(),
	)
}
