package main

import (
	"errors"
	"fmt"
)

type codeErr struct {
	code int
	msg  string
}

func (e *codeErr) Error() string { return fmt.Sprintf("code %d: %s", e.code, e.msg) }

var depthSum int

func down(d int) int {
	defer func() {
		depthSum += d
		if d%400 == 0 {
			fmt.Println("unwinding depth", d, "sum", depthSum)
		}
	}()
	if d == 1200 {
		panic(fmt.Errorf("wrapped: %w", &codeErr{d, "too deep"}))
	}
	return down(d+1) + 1
}

func main() {
	defer func() {
		fmt.Println("main defer sees sum", depthSum)
	}()
	defer func() {
		// not recovering: just inspecting via errors.As would need the value
		fmt.Println("main defer: errors.Is nil?", errors.Is(nil, nil))
	}()
	fmt.Println(down(0))
}
