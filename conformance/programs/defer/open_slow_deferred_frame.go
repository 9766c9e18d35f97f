// Regression (fuzz seed 777, case 4145): a deferred call that native code
// hands to the runtime (its function not compiled yet) must get a frame
// above the deferring frame's locals, not at a stale stack top.
package main

import "fmt"

func recoverer() {
	if e := recover(); e != nil {
		fmt.Println("recoverer", e)
	}
}

func protect(name string, f func() int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(name, "panicked:", e)
		}
	}()
	fmt.Println(name, "=", f())
}

func f1(b int) (r int) {
	if b < 0 {
		defer recoverer()
	} else {
		defer func() {
			defer func() { fmt.Println("inner", recover()) }()
			panic(6 > -2)
		}()
	}
	return
}

func main() {
	protect("call0", func() int { return f1(-1) })
	protect("call2", func() int { return f1(8) })
}
