package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Point struct{ X, Y int }
type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case uint8:
		return fmt.Sprintf("byte %d", x)
	case rune:
		return fmt.Sprintf("rune %q", x)
	case float64:
		return fmt.Sprintf("float %g", x)
	case Celsius:
		return fmt.Sprintf("temp %.1f°C", float64(x))
	case string:
		return "string " + x + fmt.Sprint(len(x))
	case bool:
		if x {
			return "yes"
		}
		return "no"
	case []int:
		return fmt.Sprint("ints ", len(x), x)
	case map[string]int:
		return fmt.Sprint("map ", x)
	case Point:
		return fmt.Sprintf("point %+v", x)
	case *Point:
		return fmt.Sprintf("ptr point %v", *x)
	case error:
		return "error: " + x.Error()
	case Shape:
		return fmt.Sprintf("shape area=%.2f", x.Area())
	case func() int:
		return fmt.Sprint("func returning ", x())
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{
		nil, 42, int64(-7), byte(200), 'λ', 3.25, Celsius(21.5), "hey", true, false,
		[]int{1, 2}, map[string]int{"b": 2, "a": 1}, Point{1, 2}, &Point{3, 4},
		errors.New("boom"), &MyErr{7}, Sq{1.5}, func() int { return 9 },
		int32(5), uint(3), [2]int{}, struct{}{}, float32(1.5), []string(nil),
	}
	for i, v := range vals {
		fmt.Printf("%2d: %s\n", i, describe(v))
	}
	var e error = &MyErr{1}
	switch e.(type) {
	case interface{ Unwrap() error }:
		fmt.Println("unwrapper")
	case *MyErr:
		fmt.Println("*MyErr")
	}
}
