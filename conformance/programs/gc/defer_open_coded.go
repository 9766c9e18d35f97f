// Open-coded defers (no loop, few defers): their closures and arguments
// are reachable only from the defer while runtime.GC() runs, including
// during a panic, and are used when the defers run.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type tree struct {
	left, right *tree
	val         int
}

func mk(d, v int) *tree {
	if d == 0 {
		return &tree{val: v}
	}
	return &tree{mk(d-1, 2*v), mk(d-1, 2*v+1), v}
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.val + t.left.sum() + t.right.sum()
}

func show(label string, t *tree, xs []string, v interface{}) {
	fmt.Println(label, t.sum(), strings.Join(xs, ","), v)
}

func simple(n int) {
	t := mk(6, n)
	xs := strings.Fields(fmt.Sprintf("a%d b%d c%d", n, n+1, n+2))
	var v interface{} = &tree{val: n * 7}
	defer show("first"+strconv.Itoa(n), t, xs, v)
	t, xs, v = nil, nil, nil
	msg := strings.Repeat("m", n)
	defer func() {
		runtime.GC()
		fmt.Println("closure", msg, len(msg))
	}()
	garbage(3000)
	runtime.GC()
}

func garbage(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := &tree{val: i}
		s += p.val
	}
	return s
}

func named(k int) (s string, err error) {
	buf := []byte("named-")
	buf = strconv.AppendInt(buf, int64(k), 10)
	defer func() {
		runtime.GC()
		s = string(buf) + "/" + s
		if k%2 == 1 {
			err = errors.New("odd " + s)
		}
	}()
	s = strings.Repeat("r", k)
	runtime.GC()
	return s, nil
}

func panicking(n int) (got string) {
	parts := []string{"p", strconv.Itoa(n)}
	defer func() {
		r := recover()
		runtime.GC()
		got = fmt.Sprint(r) + "|" + strings.Join(parts, "")
	}()
	t := mk(4, n)
	defer show("before-panic", t, []string{"x" + strconv.Itoa(n)}, fmt.Sprint(n))
	if n > 0 {
		panic("boom" + strconv.Itoa(n))
	}
	return "none"
}

func main() {
	for i := 1; i <= 3; i++ {
		simple(i)
		runtime.GC()
	}
	for k := 1; k <= 4; k++ {
		s, err := named(k)
		runtime.GC()
		fmt.Println(s, err)
	}
	fmt.Println(panicking(0))
	fmt.Println(panicking(5))
}
