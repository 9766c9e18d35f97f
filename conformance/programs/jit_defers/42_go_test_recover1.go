package main

// Adapted from Go's test/recover1.go: recover during recursive panics.

import "fmt"

var failures int

func die(msg string, args ...interface{}) {
	failures++
	fmt.Println("FAIL:", msg, fmt.Sprint(args...))
}

func mustRecover(x interface{}) {
	mustNotRecover() // because it's not a defer call
	v := recover()
	if v == nil {
		die("missing recover", x)
	}
	if v != x {
		die("wrong value", v, x)
	}
	v = recover()
	if v != nil {
		die("recover didn't recover")
	}
	fmt.Println("  mustRecover got", x)
}

func mustNotRecover() {
	v := recover()
	if v != nil {
		die("spurious recover", v)
	}
}

func test1() {
	defer mustRecover(1)
	defer func() {
		defer mustRecover(2)
		panic(2)
	}()
	panic(1)
}

func test2() {
	defer mustNotRecover()
	defer func() {
		v := recover()
		if v == nil || v.(int) != 2 {
			die("wrong value", v, 2)
		}
		defer mustRecover(3)
		panic(3)
	}()
	panic(2)
}

func test3() {
	defer mustNotRecover()
	defer func() {
		recover()
		defer mustRecover(3)
		panic(3)
	}()
	panic(2)
}

func test4() {
	defer mustNotRecover()
	defer func() {
		recover()
	}()
	panic(4)
}

func test5() {
	defer mustNotRecover()
	defer func() {
		defer recover()
	}()
	panic(5)
}

func test6() {
	defer mustNotRecover()
	defer func() {
		defer recover() // like a normal call from this func; runs because mustRecover stops the panic
		defer mustRecover(3)
		panic(3)
	}()
	panic(2)
}

func test7() {
	defer mustRecover(2)
	defer func() {
		defer mustRecover(3)
		defer recover() // now a no-op, unlike in test6.
		panic(3)
	}()
	panic(2)
}

func main() {
	for i, t := range []func(){test1, test2, test3, test4, test5, test6, test7} {
		fmt.Println("test", i+1)
		t()
	}
	fmt.Println("failures:", failures)
}
