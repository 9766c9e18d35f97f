package main

// Adapted from Go's test/recover.go (reflect cases dropped): recover only
// works when called directly by the deferred call the panic runs.

import "fmt"

var failures int

func die(msg string, args ...interface{}) {
	failures++
	fmt.Println("FAIL:", msg, fmt.Sprint(args...))
}

func mustRecoverBody(name string, v1, v2, v3, x interface{}) {
	v := v1
	if v != nil {
		die(name+": spurious recover", v)
	}
	v = v2
	if v == nil {
		die(name + ": missing recover")
	}
	if v != x {
		die(name+": wrong value", v, x)
	}
	v = v3
	if v != nil {
		die(name + ": recover didn't recover")
	}
	fmt.Println(name, "recovered", v2)
}

func doubleRecover() interface{} {
	return recover()
}

func mustRecover(x interface{}) {
	mustRecoverBody(fmt.Sprint("mustRecover(", x, ")"), doubleRecover(), recover(), recover(), x)
}

func mustNotRecover() {
	v := recover()
	if v != nil {
		die("spurious recover", v)
	}
}

func withoutRecover() {
	mustNotRecover()
}

func test1() {
	defer mustNotRecover()
	defer mustRecover(1)
	defer withoutRecover()
	panic(1)
}

func test1WithClosures() {
	defer func() {
		v := recover()
		if v != nil {
			die("spurious recover in closure")
		}
	}()
	defer func(x interface{}) {
		mustNotRecover()
		v := recover()
		if v == nil {
			die("missing recover")
		}
		if v != x {
			die("wrong value", v, x)
		}
		fmt.Println("test1WithClosures recovered", v)
	}(1)
	defer func() {
		mustNotRecover()
	}()
	panic(1)
}

func test2() {
	defer mustRecover(2)
	defer recover() // should be no-op
	panic(2)
}

func test3() {
	defer mustNotRecover()
	defer func() {
		recover() // should squelch
	}()
	panic(3)
}

func test4() {
	defer mustNotRecover()
	defer func() {
		defer recover() // should squelch
	}()
	panic(4)
}

func try(g func(), deflt interface{}) (x interface{}) {
	defer func() {
		if v := recover(); v != nil {
			x = v
		}
	}()
	defer g()
	return deflt
}

func try1(g func(), deflt interface{}) (x interface{}) {
	defer func() {
		if v := recover(); v != nil {
			x = v
		}
	}()
	defer g()
	x = deflt
	return
}

func test5() {
	fmt.Println("test5", try(func() { panic(5) }, 55), try(func() {}, "hi"),
		try1(func() { panic(5) }, 55), try1(func() {}, "hi"))
}

func big(mustRecover bool) {
	var x [100000]int
	x[0] = 1
	x[99999] = 1
	_ = x
	v := recover()
	if mustRecover {
		if v == nil {
			die("missing big recover")
		}
	} else {
		if v != nil {
			die("spurious big recover")
		}
	}
}

func test6() {
	defer big(false)
	defer big(true)
	panic(6)
}

func test6WithClosures() {
	defer func() {
		var x [100000]int
		x[0] = 1
		x[99999] = 1
		_ = x
		if recover() != nil {
			die("spurious big closure recover")
		}
	}()
	defer func() {
		var x [100000]int
		x[0] = 1
		x[99999] = 1
		_ = x
		if recover() == nil {
			die("missing big closure recover")
		}
	}()
	panic("6WithClosures")
}

func test7() {
	ok := false
	func() {
		defer func() { ok = true }()
		defer mustRecover(7)
		panic(7)
	}()
	if !ok {
		die("did not run ok func")
	}
}

func varargs(s *int, a ...int) {
	*s = 0
	for _, v := range a {
		*s += v
	}
	if recover() != nil {
		*s += 100
	}
}

func test8a() (r int) {
	defer varargs(&r, 1, 2, 3)
	panic(0)
}

func test8b() (r int) {
	defer varargs(&r, 4, 5, 6)
	return
}

func test8() {
	fmt.Println("test8", test8a(), test8b())
}

type I interface {
	M()
}

type T1 struct{}

func (*T1) M() {
	mustRecoverBody("T1", doubleRecover(), recover(), recover(), 9)
}

func test9() {
	var i I = &T1{}
	defer i.M()
	panic(9)
}

type T2 uintptr

func (T2) M() {
	mustRecoverBody("T2", doubleRecover(), recover(), recover(), 10)
}

func test10() {
	var i I = T2(0)
	defer i.M()
	panic(10)
}

type T3 struct{}

func (T3) M() {
	mustRecoverBody("T3", doubleRecover(), recover(), recover(), 11)
}

func test11() {
	var i I = T3{}
	defer i.M()
	panic(11)
}

type T4 [2]string

func (T4) M() {
	mustRecoverBody("T4", doubleRecover(), recover(), recover(), 12)
}

func test12() {
	var i I = T4{}
	defer i.M()
	panic(12)
}

type T5 [8192]byte

func (T5) M() {
	mustRecoverBody("T5", doubleRecover(), recover(), recover(), 13)
}

func test13() {
	var i I = T5{}
	defer i.M()
	panic(13)
}

type T6 [8192]byte

var global byte

func (T6) M() {
	var x [8192]byte
	x[0] = 1
	x[1] = 2
	for i := range x {
		global += x[i]
	}
	mustRecoverBody("T6", doubleRecover(), recover(), recover(), 14)
}

func test14() {
	var i I = T6{}
	defer i.M()
	panic(14)
}

func main() {
	test1()
	test1WithClosures()
	test2()
	test3()
	test4()
	test5()
	test6()
	test6WithClosures()
	test7()
	test8()
	test9()
	test10()
	test11()
	test12()
	test13()
	test14()
	fmt.Println("failures:", failures, "global:", global)
}
