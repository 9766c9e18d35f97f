package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return "color" }

type Name string
type Bytes []byte
type Names []string
type Lookup map[string]int
type Inner struct {
	A int
	B string
}
type Outer struct {
	Inner
	P   *Inner
	I   any
	E   error
	F   float64
	U   uint8
	R   rune
	Arr [2]bool
	S   Names
	M   Lookup
	C   Color
	N   Name
}

type BothErrStr struct{}

func (BothErrStr) Error() string  { return "as-error" }
func (BothErrStr) String() string { return "as-string" }

type ByteStringer []byte

func (b ByteStringer) String() string { return "BS(" + string(b) + ")" }

func main() {
	o := Outer{Inner: Inner{1, "x"}, F: 1e6, U: 7, R: 'a', S: Names{"p"}, C: 3, N: "nm"}
	fmt.Printf("%#v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v\n", o)
	fmt.Printf("%#v %#v %#v %#v\n", Names(nil), Lookup(nil), Lookup{}, Bytes("hi"))
	fmt.Printf("%#v %#v %#v %#v %#v\n", Color(2), Name("q"), uintptr(10), int64(-5), float32(1))
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, 0.5, -2.0, 1e-7)
	fmt.Printf("%#v %#v %#v\n", "tab\there", `back\slash`, "uni\u00e9")
	fmt.Printf("%#v %#v\n", []any{nil, errors.New("e")}[0], map[string]any{"n": nil})
	fmt.Printf("%#v\n", struct {
		X, Y int
		z    []Inner
	}{1, 2, []Inner{{3, "y"}}})
	fmt.Printf("%#v\n", [2][]int{{1}, nil})
	fmt.Printf("%#v %#v\n", true, [3]uint16{1, 2, 300})
	fmt.Printf("%#x %#o %#b %#X\n", []int{10, 11}, []uint{8}, [2]int{1, 2}, "hi")
	fmt.Println(BothErrStr{})
	fmt.Printf("%v %s %q %x %d\n", BothErrStr{}, BothErrStr{}, BothErrStr{}, BothErrStr{}, BothErrStr{})
	fmt.Printf("%v %s %x %q %d\n", ByteStringer("ab"), ByteStringer("ab"), ByteStringer("ab"), ByteStringer("ab"), ByteStringer("ab"))
	fmt.Printf("%s %d %v\n", []int{1, 2}, []string{"a"}, []Color{1, 2})
	fmt.Printf("%d %s\n", Inner{1, "x"}, Inner{2, "y"})
	fmt.Printf("%6.2v|%-8v|%08v|%+v\n", 3.14159, 2.5, -1.5, 1.0)
	fmt.Printf("%5v|%-5v|%05v\n", []int{1, 22}, [2]string{"a", "b"}, []int{3})
	fmt.Printf("%+d %+d % d % d\n", uint(5), 0, -3, 3)
	fmt.Printf("%x % x %X\n", int8(-1), []int8{-1, 2}, int16(-300))
	fmt.Printf("%v %+v\n", &o.Inner, &[]int{1})
	fmt.Printf("%v %v\n", &map[string]int{"a": 1}, &[2]string{"x", "y"})
	fmt.Printf("%s\n", &Inner{5, "ptr"})
	fmt.Printf("%d\n", &Inner{5, "ptr"})
}
