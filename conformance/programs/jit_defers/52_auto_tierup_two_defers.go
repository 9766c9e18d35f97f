package main

import "fmt"

// A function with two open-coded defers (a named function with a string
// argument and a literal), called from main's loop 3000 times so that
// --jit=auto compiles it and main mid-run; both deferred calls must run
// on every call.

var trace []string

func t(s string) { trace = append(trace, s) }

func helper(s string) { t(s) }

func f(a int) (r int) {
	defer func() { t("second") }()
	defer helper("first")
	return r + a
}

func main() {
	bad, sum := 0, 0
	for i := 0; i < 3000; i++ {
		trace = trace[:0]
		sum += f(i)
		if len(trace) != 2 || trace[0] != "first" || trace[1] != "second" {
			bad++
			if bad < 4 {
				fmt.Println(i, trace)
			}
		}
	}
	fmt.Println("bad", bad, "sum", sum)
}
