package main

import (
	"errors"
	"fmt"
	"runtime"
)

type I interface{ M() }
type J interface{ N() }
type T struct{}

func (*T) M() {}

type U struct{ v int }

func (U) M() {}

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v [%T]\n", name, r, r)
		if err, ok := r.(error); ok {
			var re runtime.Error
			fmt.Println("  errors.As runtime.Error:", errors.As(err, &re))
			w := fmt.Errorf("wrap: %w", err)
			fmt.Println("  wrapped As:", errors.As(w, &re), errors.Unwrap(w) == err)
		}
	}()
	f()
}

func main() {
	var x interface{} = T{}
	try("ptr recv missing", func() { _ = x.(I) })
	var i I = &T{}
	try("iface to concrete", func() { _ = i.(U) })
	try("iface to ptr concrete", func() { var k I = U{1}; _ = k.(*T) })
	try("iface to iface missing", func() { _ = i.(J) })
	var ni I
	try("nil named iface", func() { _ = ni.(U) })
	sh := -3
	try("negative shift", func() { _ = 1 << sh })
	s := []int{1, 2}
	try("slice to array ptr", func() { _ = (*[4]int)(s) })
	try("slice to array", func() { _ = [3]int(s) })
	m := map[interface{}]int{}
	try("unhashable", func() { m[[]int{1}] = 1 })
	var a, b interface{} = []int{}, []int{}
	try("uncomparable", func() { fmt.Println(a == b) })
	var ns []int
	try("nil slice idx", func() { ns[0] = 1 })
	try("map of func", func() { var c, d interface{} = main, main; _ = c == d })
	var e1, e2 interface{} = map[int]int{}, 1
	try("mixed compare ok", func() { fmt.Println(e1 == e2) })
	var pa *[3]int
	try("nil array ptr idx", func() { pa[1] = 2 })
	try("nil array ptr len", func() { fmt.Println(len(pa)) })
	try("nil array ptr range", func() { for i := range pa { fmt.Print(i) }; fmt.Println() })
	try("nil array ptr range2", func() { for i, v := range pa { fmt.Print(i, v) } })
}
