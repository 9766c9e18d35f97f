package main

import (
	"fmt"
	"runtime"
)

var trace []string

func t(s string) { trace = append(trace, s) }

// a deferred literal called at the normal return panics; the frame's
// earlier defers still run once each, then the caller recovers.
func panicsAtReturn(k int) (r int) {
	defer func() { t("A"); r += 1 }()
	defer func() {
		t("B")
		if k == 1 {
			panic("B panics")
		}
	}()
	defer func(v int) {
		t(fmt.Sprint("C", v))
		if k == 2 {
			var m map[int]int
			m[v] = v
		}
	}(k)
	return 10
}

func guard(k int) (r int, msg string) {
	defer func() {
		if e := recover(); e != nil {
			msg = fmt.Sprint(e)
			r = -1
		}
	}()
	return panicsAtReturn(k), "ok"
}

// a deferred literal at the normal return recovers a panic of its own
// callee, then the next defer recovers nothing.
func recoversOwn() (r int) {
	defer func() { t(fmt.Sprint("last recover: ", recover())); r++ }()
	defer func() {
		defer func() { t(fmt.Sprint("inner recover: ", recover())) }()
		panic("inside deferred")
	}()
	return 1
}

// Goexit from a deferred literal run at the normal return of a hot
// function (called often before).
func maybeExit(k int) (r int) {
	defer func() { r++ }()
	defer func() {
		if k < 0 {
			t("exiting")
			runtime.Goexit()
		}
	}()
	return k
}

func main() {
	for k := 0; k < 3; k++ {
		trace = nil
		r, msg := guard(k)
		fmt.Println(k, r, msg, trace)
	}
	trace = nil
	fmt.Println(recoversOwn(), trace)
	s := 0
	for i := 0; i < 2000; i++ {
		r, _ := guard(i % 3)
		s += r + maybeExit(i)
	}
	fmt.Println("s", s)
	trace = nil
	defer func() { fmt.Println("main defer", trace) }()
	maybeExit(-1)
	fmt.Println("never")
}
