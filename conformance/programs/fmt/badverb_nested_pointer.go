// A pointer reached inside a struct, slice, array or map and printed with
// a verb pointers do not take: fmt's badVerb prints the operand again with
// %v at depth 0, so a pointer to a struct, array, slice or map shows as
// &{...}, &[...] or &map[...] (its fields with %v), a nil one as <nil>.
package main

import "fmt"

type T struct {
	N int
	S string
}

type Named struct{ V int }

func (n Named) String() string { return fmt.Sprintf("named(%d)", n.V) }

type Wrap struct {
	P  *T
	A  *[2]int
	L  *[]string
	M  *map[string]int
	NP *T
	In struct{ Q *T }
}

func main() {
	p := &T{1, "x"}
	a := &[2]int{3, 4}
	l := &[]string{"u", "v"}
	m := &map[string]int{"k": 5}
	w := Wrap{P: p, A: a, L: l, M: m}
	w.In.Q = &T{2, "y"}
	for _, verb := range []string{"%s", "%t", "%q", "%c", "%U", "%e"} {
		fmt.Printf(verb+"\n", struct{ P *T }{p})
		fmt.Printf(verb+"\n", []*T{p, nil})
	}
	fmt.Printf("%s\n", w)
	fmt.Printf("%t\n", [1]*[2]int{a})
	fmt.Printf("%s\n", map[string]*T{"a": p})
	fmt.Printf("%s\n", []*[]string{l})
	// a pointer to a type with a String method: the method is used
	fmt.Printf("%s\n", []*Named{{7}})
	// a pointer to a struct holding a Stringer: no methods inside badVerb
	type H struct{ N Named }
	fmt.Printf("%t\n", []*H{{Named{9}}})
	// padding and flags carry into the reprint
	fmt.Printf("%8s|%-8t|\n", []*T{p}, []*T{p})
	fmt.Printf("%+s\n", []*T{p})
	fmt.Printf("%#s\n", []*T{p})
	// top level: the pointer itself is not a bad verb
	fmt.Printf("%s %d\n", p, p)
}
