package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Shape interface{ Area() float64 }
type Named interface{ Name() string }
type Sq struct{ s float64 }
type Circ struct{ r float64 }

func (s Sq) Area() float64    { return s.s * s.s }
func (s Sq) Name() string     { return "square" }
func (c *Circ) Area() float64 { return 3 * c.r * c.r }

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("int-ish %T %v", x, x)
	case MyInt:
		return "myint " + x.String()
	case fmt.Stringer:
		return "stringer " + x.String()
	case string:
		return "string len " + strconv.Itoa(len(x))
	case error:
		return "error " + x.Error()
	case Named:
		return "named " + x.Name()
	case Shape:
		return fmt.Sprintf("shape %.1f", x.Area())
	case []int:
		return fmt.Sprint("slice ", len(x), x == nil)
	case func() int:
		return fmt.Sprint("func ", x())
	case map[string]int:
		return fmt.Sprint("map ", len(x))
	case *int:
		if x == nil {
			return "nil *int"
		}
		return fmt.Sprint("*int ", *x)
	default:
		return fmt.Sprintf("default %T", x)
	}
}

func main() {
	n := 5
	var np *int
	var circNil *Circ
	vals := []any{nil, 1, int64(2), int32(3), MyInt(4), "hey", errors.New("bad"),
		Sq{2}, &Circ{1}, circNil, []int(nil), []int{1}, func() int { return 9 },
		map[string]int{"a": 1}, &n, np, 2.5, struct{}{}, Sq{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var sh Shape
	switch sh.(type) {
	case nil:
		fmt.Println("nil iface")
	}
	sh = Sq{3}
	switch t := sh.(type) {
	case Named:
		fmt.Println("also named:", t.Name(), t.(Shape).Area())
	}
	// type switch with no binding and fallthrough-free multiple types
	for _, v := range []any{1, "a", 1.5} {
		switch v.(type) {
		case int, string:
			fmt.Printf("%v:int|string ", v)
		default:
			fmt.Printf("%v:other ", v)
		}
	}
	fmt.Println()
	// type switch with init statement
	switch x := any(MyInt(3)); y := x.(type) {
	case fmt.Stringer:
		fmt.Println("init switch", y)
	}
	// comma-ok assertions
	var any1 any = Sq{1}
	if s, ok := any1.(Shape); ok {
		fmt.Println("ok shape", s.Area())
	}
	_, ok := any1.(*Sq)
	fmt.Println(ok)
	c, ok := any1.(fmt.Stringer)
	fmt.Println(c, ok)
}
