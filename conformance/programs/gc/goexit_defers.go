// runtime.Goexit runs the deferred calls of main's goroutine; they
// collect while their closures and arguments are reachable only from the
// defer records, and a panic recovered on the way does not stop Goexit.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type state struct {
	log  []string
	data map[string][]int
}

func (s *state) note(msg string, extra []int) {
	runtime.GC()
	s.log = append(s.log, msg+":"+strconv.Itoa(len(extra)))
	fmt.Println(strings.Join(s.log, " "))
}

func work(s *state) {
	for i := 0; i < 4; i++ {
		buf := make([]int, i+1)
		defer s.note("loop"+strconv.Itoa(i), buf)
	}
	defer func() {
		r := recover()
		runtime.GC()
		fmt.Println("recovered", r)
	}()
	defer func() {
		runtime.GC()
		panic("during goexit " + strings.Repeat("!", 2))
	}()
	tmp := map[string][]int{"x": {1, 2, 3}}
	s.data = tmp
	runtime.Goexit()
}

func main() {
	s := &state{}
	defer func() {
		runtime.GC()
		fmt.Println("main defer", len(s.log), s.data["x"])
	}()
	work(s)
	fmt.Println("not reached")
}
