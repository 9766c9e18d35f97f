package main

type T struct{ A int }

func (t *T) Inc() { t.A++ }

type I int

// Positions and wording of built-in and method expression errors.
func main() {
	_ = append()
	_ = make()
	_ = make(T)
	_ = make(I, 1)
	_ = make([]int, 1, 2, 3)
	_ = T.Inc
	_ = (T).Inc
	x := 1
	_ = x[0]
	var t T
	_ = t[1]
}
