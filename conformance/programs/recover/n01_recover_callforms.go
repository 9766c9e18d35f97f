package main

import "fmt"

type H func()

type Holder struct{ fn func() }

func catchAll(tag string, extra ...int) {
	fmt.Println(tag, extra, "recover:", recover())
}

func catchRet() (s string) {
	s = fmt.Sprint(recover())
	fmt.Println("catchRet got", s)
	return
}

func run(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  ", name, "escaped:", r)
		}
	}()
	f()
}

func main() {
	c := func() { fmt.Println("closure recover:", recover()) }
	run("named func type", func() { defer H(c)(); panic(1) })
	run("struct field", func() { h := Holder{c}; defer h.fn(); panic(2) })
	run("slice elem", func() { fs := []func(){c}; defer fs[0](); panic(3) })
	run("variadic", func() { defer catchAll("v", 1, 2); panic(4) })
	run("variadic spread", func() { xs := []int{7}; defer catchAll("vs", xs...); panic(5) })
	run("with result", func() { defer catchRet(); panic(6) })
	run("ptr to func", func() { p := &c; defer (*p)(); panic(7) })
	run("iife returns closure", func() { defer func() func() { return c }()(); panic(8) })
	run("map elem", func() { m := map[int]func(){1: c}; defer m[1](); panic(9) })
}
