package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Op func(a, b int) int
type MyMap map[string][]*int
type Celsius float32
type Arr [4]uint8
type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type wrapped struct{ error }

func main() {
	var fs = []any{
		func() {},
		func(int) {},
		func(int, string) error { return nil },
		func(...int) int { return 0 },
		func(a []int, b map[string]bool) (x, y int) { return },
		func() func() int { return nil },
		Op(nil),
		func(f func(int) bool) {},
		func(chanless *[]int) **int { return nil },
	}
	for _, f := range fs {
		fmt.Printf("%T\n", f)
	}
	vals := []any{
		map[string]int{}, map[int][]string{}, map[[2]int]struct{ A, B int }{},
		MyMap{}, Celsius(1), Arr{}, &Arr{}, []Arr{}, Sq{}, &Sq{},
		[]Shape{}, map[string]Shape{}, []any{}, []error{}, struct{ Shape }{},
		errors.New("x"), fmt.Errorf("%d", 1), fmt.Errorf("%w", errors.New("ne")),
		wrapped{}, &strings.Builder{}, strings.NewReader(""), os.Stdout,
		uintptr(0), 'x', byte(1), []rune{}, []byte{}, [0]int{}, new(any), new(error),
		struct{}{}, [][]map[string]*[]int{}, float32(0), uint(0),
		struct {
			a int "tag"
			B string `json:"b"`
		}{},
	}
	for _, v := range vals {
		fmt.Printf("%T|", v)
	}
	fmt.Println()
	var sh Shape = Sq{2}
	fmt.Printf("%T %v %+v %#v\n", sh, sh, sh, sh)
	fmt.Println(fmt.Sprintf("%T", main))
	fmt.Println(fmt.Sprintf("%T", fmt.Println))
	fmt.Println(fmt.Sprintf("%T", strings.Split))
	fmt.Println(fmt.Sprintf("%T", Sq.Area))
	fmt.Println(fmt.Sprintf("%T", (*Sq).Area))
	fmt.Println(fmt.Sprintf("%T", sh.Area))
	fmt.Printf("%v\n", fmt.Sprintf("%#v", Arr{1, 2}))
	fmt.Printf("%#v\n", MyMap{"a": nil})
	fmt.Printf("%#v %#v\n", Celsius(2.5), []Celsius{1})
	fmt.Printf("%#v\n", map[string]any{"b": 1, "a": "x"})
	fmt.Printf("%#v\n", []any{1, "a", nil, 2.0, uint8(3)})
	fmt.Printf("%#v %#v\n", 'x', "q\"")
	fmt.Printf("%#v\n", struct {
		A int
		b []string
	}{1, []string{"z"}})
	fmt.Printf("%#v\n", &Sq{3})
}
