package main

import "fmt"

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func argsEvaluated() {
	x := 1
	defer fmt.Println("arg at defer time:", x)
	defer func() { fmt.Println("closure sees:", x) }()
	x = 2
}

func namedResult() (n int) {
	defer func() { n *= 10 }()
	n = 4
	return n + 1
}

func doubleDefer() (s string) {
	defer func() { s += " two" }()
	defer func() { s += " one" }()
	return "zero"
}

type T struct{ name string }

func (t T) hello()   { fmt.Println("value receiver", t.name) }
func (t *T) helloP() { fmt.Println("pointer receiver", t.name) }

func receivers() {
	t := T{"before"}
	defer t.hello()
	defer t.helloP()
	t.name = "after"
}

func trace(s string) string {
	fmt.Println("entering", s)
	return s
}

func un(s string) { fmt.Println("leaving", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	order()
	argsEvaluated()
	fmt.Println(namedResult())
	fmt.Println(doubleDefer())
	receivers()
	nested()
	func() {
		defer fmt.Println("inner func deferred")
		fmt.Println("inner func body")
	}()
	defer fmt.Println("main deferred last")
	fmt.Println("main end")
}
