package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v of type %T", x, x)
	case float64:
		return fmt.Sprintf("float %g", x*2)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	case *int:
		return fmt.Sprint("pointer to ", *x)
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	n := 9
	vals := []any{nil, 1, int64(2), 2.5, "hello", Name("bob"), errors.New("oops"),
		[]int{1, 2}, func() int { return 7 }, &n, true, false, 'r', map[string]int{}, struct{}{}, uint8(3)}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error interface")
	}
	var i any = 3
	switch i.(type) {
	case string:
		fmt.Println("string")
	default:
		fmt.Println("not string")
	}
	switch v := i.(type) {
	case int:
		v++
		fmt.Println("incremented copy", v, i)
	}
}
