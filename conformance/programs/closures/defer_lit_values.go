package main

import (
	"errors"
	"fmt"
	"strings"
)

// Deferred function literals whose captures are all by value (gc builds
// their closures on the stack) with arguments, recover, panics through
// them, nested closures; open-coded (<= 8 defers), stack (> 8) and heap
// (in a loop) defers.

var log []string

func note(format string, args ...any) {
	log = append(log, fmt.Sprintf(format, args...))
}

type pair struct {
	a int
	b string
}

func (p pair) String() string { return fmt.Sprintf("<%d %s>", p.a, p.b) }

// Open-coded: captures of several sizes plus arguments.
func open(i int, s string, xs []int, e any, p pair) {
	defer func() { note("plain %d", i) }()
	defer func(k int) { note("arg %d+%d=%d", i, k, i+k) }(i * 10)
	defer func(t string, u ...int) { note("%s %s %v %v %v %v", s, t, xs, e, p, u) }(s+"!", 1, 2)
	defer func() {
		inner := func() string { return strings.Repeat(s, i) }
		note("nested %q", inner())
	}()
	xs[0] = -1 // the shared array: seen by the deferred call
}

// Open-coded with recover in a literal that captures values.
func recovering(n int, tag string) (res string) {
	defer func(extra int) {
		if r := recover(); r != nil {
			res = fmt.Sprintf("%s recovered %v (n=%d, extra=%d)", tag, r, n, extra)
		}
	}(n + 1)
	defer func() { note("%s second %d", tag, n) }()
	if n > 2 {
		panic(fmt.Sprintf("%s too big", tag))
	}
	return fmt.Sprint(tag, n)
}

// A deferred literal that panics, and one that recovers it further out.
func panicsThrough(k int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught %v with k=%d", r, k)
		}
	}()
	defer func(d int) {
		note("about to divide %d by %d", k, d)
		note("%d", k/d)
	}(k - 3)
	note("body %d", k)
	return nil
}

// recover is only effective in the deferred function itself, not in a
// closure it calls.
func notDirect(v int) (out string) {
	defer func() {
		out = fmt.Sprint(recover())
	}()
	defer func() {
		helper := func() any { return recover() }
		note("helper recover %v (v=%d)", helper(), v)
	}()
	panic(v)
}

// More than 8 defers: stack records.
func many(x int) {
	defer func() { note("m0 %d", x) }()
	defer func() { note("m1 %d", x+1) }()
	defer func(y int) { note("m2 %d %d", x, y) }(2)
	defer func() { note("m3 %d", x+3) }()
	defer func() { note("m4 %d", x+4) }()
	defer func() { note("m5 %d", x+5) }()
	defer func() { note("m6 %d", x+6) }()
	defer func() { note("m7 %d", x+7) }()
	defer func(y, z int) { note("m8 %d %d %d", x, y, z) }(8, 9)
	if x > 100 {
		panic(errors.New("many"))
	}
}

// Heap records: defers in loops, capturing range variables (by value)
// and 3-clause loop variables (by reference).
func loops(words []string) {
	for i, w := range words {
		defer func(n int) { note("range %d %s %d", i, w, n) }(len(w))
	}
	for j := 0; j < 2; j++ {
		defer func() { note("three-clause %d", j) }()
	}
	total := 0
	for _, w := range words {
		total += len(w)
		defer func() { note("by reference total=%d w=%s", total, w) }()
	}
}

// A deferred literal mixing by-value and by-reference captures.
func mixed(a int) (r int) {
	b := a * 2
	defer func() { r = a + b }()
	b++
	return 0
}

// A deferred literal with its own defers and captures.
func nestedDefers(a string) {
	defer func(b string) {
		defer func() { note("inner %s %s", a, b) }()
		note("outer %s %s", a, b)
	}("B")
}

// Recursion: each frame's deferred call sees its own values.
func rec(n int, path string) {
	if n == 0 {
		return
	}
	defer func() { note("rec %d %s", n, path) }()
	rec(n-1, path+"/"+fmt.Sprint(n))
}

// Re-panic from a deferred literal with captures.
func repanic(id int) (msg string) {
	defer func() {
		msg = fmt.Sprint("final: ", recover())
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprintf("again %d after %v", id, r))
	}()
	panic(id)
}

// Hot enough for --jit=auto to compile it mid-run: open-coded defers of
// value-capturing literals in native code, panics recovered in them.
var sum, caught int

func hot(i int, s string) (r int) {
	defer func() {
		if e := recover(); e != nil {
			caught += i
			r = -i
		}
	}()
	defer func(k int) { sum += i*k + len(s) }(3)
	if i%500 == 499 {
		panic(s)
	}
	return i
}

func main() {
	last := 0
	for i := 0; i < 3000; i++ {
		last += hot(i, "xy")
	}
	fmt.Println("hot", sum, caught, last)
	open(2, "ab", []int{1, 2}, 3.5, pair{7, "x"})
	fmt.Println(recovering(1, "t1"))
	fmt.Println(recovering(5, "t2"))
	fmt.Println(panicsThrough(9))
	fmt.Println(panicsThrough(3))
	fmt.Println(notDirect(4))
	many(10)
	func() {
		defer func() { note("many recovered: %v", recover()) }()
		many(200)
	}()
	loops([]string{"x", "yy", "zzz"})
	fmt.Println(mixed(5))
	nestedDefers("A")
	rec(3, "")
	fmt.Println(repanic(6))
	for _, l := range log {
		fmt.Println(l)
	}
}
