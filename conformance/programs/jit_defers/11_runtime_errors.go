package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type S struct{ v int }

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

var sink int

func index(i int) {
	defer fmt.Println("    index defer")
	a := []int{1, 2, 3}
	sink = a[i]
}

func nilMap() {
	defer fmt.Println("    nilMap defer")
	var m map[string]int
	m["x"] = 1
}

func divide(a, b int) int {
	defer fmt.Println("    divide defer")
	return a / b
}

func nilDeref() int {
	defer fmt.Println("    nilDeref defer")
	var p *S
	return p.v
}

func assert(x interface{}) string {
	defer fmt.Println("    assert defer")
	return x.(string)
}

func assertIface(x interface{}) int {
	defer fmt.Println("    assertIface defer")
	return x.(Shape).Area()
}

func slice(s string, i, j int) string {
	defer fmt.Println("    slice defer")
	return s[i:j]
}

func conv(n int) []int {
	defer fmt.Println("    conv defer")
	return make([]int, n)
}

func deeper(f func()) {
	defer fmt.Println("    deeper defer")
	f()
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRT := r.(runtime.Error)
		msg := ""
		if isErr {
			msg = err.Error()
		}
		fmt.Printf("%s: %v | runtime.Error=%v prefix=%v\n", name, r, isRT, strings.HasPrefix(msg, "runtime error: "))
		var re runtime.Error
		fmt.Println("  errors.As:", errors.As(err, &re))
	}()
	deeper(f)
}

func main() {
	try("index", func() { index(5) })
	try("negindex", func() { index(-1) })
	try("nilmap", nilMap)
	try("divide", func() { sink = divide(7, sink*0) })
	try("nilderef", func() { sink = nilDeref() })
	try("assert", func() { _ = assert(42) })
	try("assertNil", func() { _ = assert(nil) })
	try("assertIface", func() { sink = assertIface(S{1}) })
	try("slice", func() { _ = slice("hello", 3, 10) })
	try("slice2", func() { _ = slice("hello", 4, 2) })
	try("makelen", func() { _ = conv(sink - 1) })
	try("ok", func() { sink = assertIface(Sq{3}) })
	fmt.Println("sink =", sink)
}
