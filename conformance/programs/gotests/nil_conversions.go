package main

import "fmt"

// nil converted to interface, pointer, slice, map, func and named types
// is a typed value (not the untyped nil): it may initialize a variable.

type I interface{ M() }
type P *int
type F func()
type S []string
type E error

func use(x any) string { return fmt.Sprintf("%v/%T", x, x) }

func main() {
	e := error(nil)
	v, err := 0.0, error(nil)
	var e2 = error(nil)
	x := any(nil)
	p := (*int)(nil)
	s := []int(nil)
	m := map[string]int(nil)
	f := (func())(nil)
	i := I(nil)
	pp := P(nil)
	ff := F(nil)
	ss := S(nil)
	ee := E(nil)
	u := interface{ M() }(nil)
	fmt.Println(e, v, err, e2, x, p, s, m, f == nil, i, pp, ff == nil, u, ss, ee)
	fmt.Println(e == nil, x == nil, s == nil, m == nil, len(s), len(m), ss == nil)
	fmt.Printf("%T %T %T %T %T %T\n", e, x, p, s, pp, ss)
	fmt.Println(use(error(nil)), use(any(nil)), use((*int)(nil)), use(S(nil)))
	fmt.Println(any(nil) == nil, error(nil) == nil, any(nil) == any(nil), any((*int)(nil)) == nil)
	switch t := any(nil).(type) {
	case nil:
		fmt.Println("nil case", t)
	default:
		fmt.Println("default")
	}
	var ifs = []any{any(nil), error(nil), (*int)(nil)}
	for _, y := range ifs {
		fmt.Println(y == nil)
	}
	_, ok := any(nil).(error)
	fmt.Println(ok)
}
