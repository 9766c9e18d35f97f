package main

type T struct{ A int }

func (t T) M() int { return t.A }

func f() int { return 1 }

// An invalid assignment target is the only error: the value is only
// evaluated (no untyped nil or overflow report).
func main() {
	var t T
	t.M = nil
	f() = nil
	t.M = 1 << 70
	T{}.A = nil
	var m map[string]T
	m["a"].A = nil
}
