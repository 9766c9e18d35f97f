// An unrecovered panic whose value is reachable only from the panic: the
// deferred calls collect and allocate while it unwinds, and the value's
// Error method collects while the runtime prints it.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type failure struct {
	op    string
	steps []string
	cause *failure
}

func (f *failure) Error() string {
	runtime.GC()
	s := f.op + "[" + strings.Join(f.steps, ",") + "]"
	if f.cause != nil {
		s += " <- " + f.cause.Error()
	}
	return s
}

func step(n int) {
	defer func() {
		runtime.GC()
		junk := make([]*failure, 100)
		for i := range junk {
			junk[i] = &failure{op: strconv.Itoa(i)}
		}
		fmt.Println("unwinding", n, len(junk))
	}()
	if n == 0 {
		inner := &failure{op: "read", steps: []string{"open", "seek"}}
		steps := make([]string, 0)
		for i := 0; i < 3; i++ {
			steps = append(steps, "s"+strconv.Itoa(i))
		}
		panic(&failure{op: "load", steps: steps, cause: inner})
	}
	step(n - 1)
}

func main() {
	defer runtime.GC()
	defer fmt.Println("main deferred")
	step(3)
}
