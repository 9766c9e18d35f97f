package main

import "fmt"

// A helper whose own deferred recover runs at its normal return, while an
// outer panic is being handled by the caller's deferred call: recover
// returns nil there (it is not the deferred call the panic is running).
func helper(tag string) (got interface{}) {
	defer func() {
		got = recover()
		fmt.Println("  helper", tag, "recover at normal return:", got)
	}()
	return nil
}

// A helper that panics and recovers its own panic during the outer one.
func helperPanics() (got interface{}) {
	defer func() {
		got = recover()
	}()
	panic("inner")
}

func f() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("f recovered: ", r)
	}()
	defer func() {
		fmt.Println("  helper returned:", helper("a"))
		fmt.Println("  helperPanics returned:", helperPanics())
		fmt.Println("  helper returned:", helper("b"))
	}()
	panic("outer")
}

// recover as the deferred function itself: not called by a deferred
// function, so it does not stop the panic.
func deferRecoverBuiltin() {
	defer recover()
	panic("not stopped by defer recover()")
}

// defer of the builtin panic: raised at the deferred call.
func deferPanicBuiltin() (x int) {
	defer func() {
		fmt.Println("  deferPanicBuiltin recovered:", recover(), "x =", x)
		x++
	}()
	defer panic("deferred builtin panic")
	x = 41
	return x
}

func main() {
	fmt.Println(f())
	func() {
		defer func() { fmt.Println("main caught:", recover()) }()
		deferRecoverBuiltin()
	}()
	fmt.Println(deferPanicBuiltin())
}
