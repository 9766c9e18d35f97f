package main

import "fmt"

// `defer recover()` acts like recover called by the function holding the
// defer statement, when that deferred call runs.

func outerSees(name string, body func()) {
	defer func() { fmt.Println(name, "-> outer recover:", recover()) }()
	body()
}

func callRecover() {
	func() {
		if recover() != nil {
			fmt.Println("  callRecover: recovered (wrong)")
		}
	}()
}

func F() int { callRecover(); return 0 }

func callRecover2() {
	if recover() != nil {
		fmt.Println("  callRecover2: recovered (wrong)")
	}
}

func F2(int) { callRecover2() }

func main() {
	// in the panicking function itself: a no-op
	outerSees("direct", func() {
		defer recover()
		panic("p-direct")
	})
	// inside a deferred function run by the panic: squelches it
	outerSees("in-deferred", func() {
		defer func() {
			defer recover()
		}()
		panic("p-in-deferred")
	})
	// inside a deferred function, after a nested panic was recovered
	outerSees("after-nested", func() {
		defer func() {
			defer recover()
			defer func() { fmt.Println("  nested recovered:", recover()) }()
			panic("p-nested")
		}()
		panic("p-after-nested")
	})
	// registered after the nested recover: runs while the nested panic
	// is still live, so it is a no-op
	outerSees("during-nested", func() {
		defer func() {
			defer func() { fmt.Println("  nested recovered:", recover()) }()
			defer recover()
			panic("p-nested2")
		}()
		panic("p-during-nested")
	})
	// inside a deferred function at a normal return: nothing to recover
	outerSees("normal", func() {
		defer func() {
			defer recover()
		}()
	})
	// Go 1.25 regression tests: recover in helpers of the deferred call
	outerSees("F", func() {
		defer F()
		panic("XXX")
	})
	outerSees("F2", func() {
		defer F2(1)
		panic("YYY")
	})
}
