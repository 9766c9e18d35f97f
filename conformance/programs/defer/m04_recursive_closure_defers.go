package main

import (
	"fmt"
	"strings"
)

func main() {
	var out []string
	var walk func(depth int)
	walk = func(depth int) {
		defer func() { out = append(out, fmt.Sprint("exit", depth)) }()
		if depth == 3 {
			defer func() {
				r := recover()
				out = append(out, fmt.Sprint("caught:", r))
				if depth > 0 {
					panic(fmt.Sprint("re-", r))
				}
			}()
			panic("deep")
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					out = append(out, fmt.Sprint("mid caught at ", depth, ": ", r))
				}
			}()
			walk(depth + 1)
		}()
		out = append(out, fmt.Sprint("continue", depth))
	}
	walk(0)
	fmt.Println(strings.Join(out, "\n"))
}
