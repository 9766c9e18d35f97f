package main

// Constant keys of an interface-keyed map literal are duplicates only with
// identical types (int(2) and int16(2) differ); the message names the
// key's value.

type S string
type I interface{ f() }
type N int

func (N) f() {}

var _ = map[interface{}]int{2: 1, 2: 1}
var _ = map[interface{}]int{int(2): 1, int16(2): 1}
var _ = map[interface{}]int{int16(2): 1, int16(2): 1}
var _ = map[interface{}]int{"a": 1, "a": 1}
var _ = map[interface{}]int{"a": 1, S("a"): 1}
var _ = map[interface{}]int{S("a"): 1, S("a"): 1}
var _ = map[I]int{N(0): 1, N(2): 1}
var _ = map[I]int{N(2): 1, N(1 + 1): 1}
var _ = map[any]int{1.5: 0, 3.0 / 2: 1, 1: 2, 1.0: 3}
var _ = map[string]int{"x": 0, "x" + "": 1}
var _ = map[float64]int{1: 0, 1.0: 1}

func main() {}
