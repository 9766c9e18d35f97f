package main

import (
	"errors"
	"fmt"
	"os"
)

type Named int
type Pt struct{ X, Y int }
type Iface interface{ M() }
type Fn func(int) string

func (Pt) M() {}

func main() {
	var i any
	var iface Iface = Pt{}
	var e error = errors.New("x")
	values := []any{
		1, int8(1), int16(1), int32(1), int64(1),
		uint(1), uint8(1), uint16(1), uint32(1), uint64(1), uintptr(1),
		1.0, float32(1), "s", true, 'r', byte('b'),
		Named(1), Pt{}, &Pt{}, []Pt{}, []*Pt{}, [3]int{}, [0]string{},
		map[string]int{}, map[Pt][]string{}, &[]int{},
		func() {}, func(int, string) (bool, error) { return false, nil }, Fn(nil),
		struct{}{}, struct {
			A int
			b string
		}{}, &struct{ X []int }{},
		i, iface, e, nil, []any{1}, []error{}, map[string]any{},
		os.Stdout, errors.New, fmt.Errorf("w: %w", e),
		[]byte("x"), []rune("y"), new(int), new(*string),
		func(...int) {}, func(a, b int) int { return 0 },
	}
	for _, v := range values {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%T %T\n", iface, &iface)
	fmt.Printf("%10T|%-10T|\n", 1, "s")
	fmt.Println(fmt.Sprintf("%T", nil) == "<nil>")
}
