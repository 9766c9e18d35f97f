package main

import "fmt"

// Valid programs gust rejected (from Go's test/fixedbugs // compile tests):
// a parenthesized blank target, a labeled fallthrough, a blank function
// without a body, blank labels, fields promoted through more than eight
// embedding levels, append(s, t...) with a differently named slice type;
// blank functions are not init functions.

func _()
func _(int) string

type S0 struct{ f int }

func (S0) m() string { return "m" }

type S1 struct{ S0 }
type S2 struct{ S1 }
type S3 struct{ S2 }
type S4 struct{ S3 }
type S5 struct{ S4 }
type S6 struct{ S5 }
type S7 struct{ S6 }
type S8 struct{ S7 }
type S9 struct{ S8 }
type S10 struct{ S9 }
type S11 struct{ S10 }
type S12 struct{ S11 }
type S13 struct{ S12 }

func fall(i int) (out []int) {
	switch i {
	case 0:
		out = append(out, 0)
		goto lab
	lab:
		fallthrough
	case 1:
		out = append(out, 1)
		if len(out) > 5 {
			goto L1
		}
	L1:
		fallthrough
	default:
		out = append(out, 2)
	}
	return
}

func blank() int {
	n := 0
_:
	n++
_:
	n++
	return n
}

func main() {
	(_) = 0
	((_)) = "x"
	fmt.Println(fall(0), fall(1), fall(5))
	fmt.Println(blank())
	var s S13
	s.f = 13
	fmt.Println(s.f, s.m(), S13.m(s), S13{}.f)
	type E = struct{}
	type Sl []E
	type T []struct{}
	a := Sl{E{}}
	t := T{struct{}{}, struct{}{}}
	a = append(a, t...)
	a = append(a, t[0])
	fmt.Println(len(a))
	type B []byte
	b := append(B("x"), []byte("yz")...)
	fmt.Println(string(b))
}

// A blank function is never called (it was run like an init function).
func _() { fmt.Println("blank function called") }

func init() { fmt.Println("init") }
