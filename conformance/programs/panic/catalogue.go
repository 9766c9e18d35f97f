package main

import (
	"errors"
	"fmt"
	"strings"
)

type MyInt int
type MyStr string
type MyFloat float64
type MyBool bool
type S struct{ A int }

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Printf("%-12s error %q\n", name, e.Error())
			return
		}
		fmt.Printf("%-12s %T %v\n", name, r, r)
	}()
	f()
}

func main() {
	var sl []int = make([]int, 3, 5)
	var arr [4]int
	idx := 7
	neg := -1
	var m map[string]int
	var p *S
	str := "hello"
	catch("index", func() { _ = sl[idx] })
	catch("index-neg", func() { _ = sl[neg] })
	catch("arr-index", func() { _ = arr[idx%8] })
	catch("str-index", func() { _ = str[idx] })
	catch("slice-hi", func() { _ = sl[:idx] })
	catch("slice-lo>hi", func() { lo := 3; _ = sl[lo:2] })
	catch("slice-lo", func() { _ = sl[idx:] })
	catch("slice3", func() { _ = sl[1:2:idx] })
	catch("slice3-mid", func() { h := 4; _ = sl[1:h:3] })
	catch("str-slice", func() { _ = str[2:idx] })
	catch("str-slice2", func() { a := 4; _ = str[a:3] })
	catch("nil-map", func() { m["x"] = 1 })
	catch("nil-ptr", func() { _ = p.A })
	catch("nil-ptr-w", func() { p.A = 1 })
	catch("div", func() { z := 0; _ = 1 / z })
	catch("mod", func() { z := 0; _ = 1 % z })
	catch("make-neg", func() { _ = make([]int, neg) })
	catch("make-cap", func() { _ = make([]int, 5, idx-3) })
	catch("conv-arr", func() { _ = [4]int(sl) })
	catch("conv-arrptr", func() { _ = (*[5]int)(sl) })
	catch("shift", func() { _ = 1 << neg })
	catch("repeat", func() { _ = strings.Repeat("x", neg) })
	catch("closed", func() { var f func(); f() })
	catch("unhash", func() { mm := map[any]int{}; mm[[]int{}] = 1 })
	catch("uncmp", func() { var a, b any = map[int]int{}, map[int]int{}; _ = a == b })
	catch("assert", func() { var a any = "s"; _ = a.(int) })
	catch("custom-int", func() { panic(MyInt(3)) })
	catch("custom-str", func() { panic(MyStr("x")) })
	catch("custom-err", func() { panic(errors.New("E")) })
	catch("wrapped", func() { panic(fmt.Errorf("w: %w", errors.New("in"))) })
	catch("struct", func() { panic(S{4}) })
	catch("nil", func() { panic(nil) })
	catch("sprintf", func() { panic(fmt.Sprintf("%d-%d", 1, 2)) })
	catch("bool", func() { panic(MyBool(true)) })
	catch("float", func() { panic(MyFloat(1.5)) })
	catch("array-ptr", func() { var ap *[3]int; _ = ap[1] })
	catch("array-ptr-len", func() { var ap *[3]int; fmt.Println("len ok", len(ap)); for i := range ap { _ = i }; fmt.Println("range ok") })
	catch("array-ptr-range2", func() { var ap *[3]int; for i, v := range ap { _, _ = i, v } })
	catch("append-copy", func() { var dst []int; n := copy(dst, sl); fmt.Println("copied", n) })
	catch("clear-nil", func() { clear(m); fmt.Println("clear nil map ok") })
	catch("delete-nil", func() { delete(m, "x"); fmt.Println("delete nil map ok") })
	catch("read-nil", func() { fmt.Println("read nil map", m["x"], len(m)) })
}
