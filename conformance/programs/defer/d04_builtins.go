package main

import "fmt"

func f() {
	m := map[string]int{"a": 1, "b": 2}
	defer fmt.Println("after delete len", len(m))
	defer delete(m, "a")
	defer func() { fmt.Println("inner sees", len(m), m["a"]) }()
	m["c"] = 3
}

func g() (r interface{}) {
	defer func() { r = recover() }()
	defer panic("deferred panic")
	return "normal"
}

func h() {
	defer println("println deferred")
	defer print("print deferred\n")
	defer recover()
	panic("not recovered by direct defer recover? ")
}

func main() {
	f()
	fmt.Println(g())
	defer func() { fmt.Println("main recovered:", recover()) }()
	h()
}
