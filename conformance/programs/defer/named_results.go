package main

import (
	"errors"
	"fmt"
)

func double() (x int) {
	defer func() { x *= 2 }()
	return 21 // x = 21, then the defer doubles it
}

func chain() (s string) {
	defer func() { s += " c" }()
	defer func() { s += " b" }()
	s = "unused"
	return "a"
}

func shadowed() (x int) {
	defer func() { x++ }()
	{
		x := 100
		_ = x
	}
	x = 1
	return
}

func unnamed() int {
	x := 5
	defer func() { x = 99 }() // does not affect the returned value
	return x
}

func withErr(fail bool) (n int, err error) {
	defer func() {
		if err != nil {
			n = -1
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	if fail {
		return 42, errors.New("bad")
	}
	return 42, nil
}

func ptrResult() (p *int) {
	v := 1
	defer func() { *p += 10 }()
	return &v
}

func deferArgSnapshot() (x int) {
	defer fmt.Println("snapshot of x at defer:", x)
	x = 7
	defer func(v int) { x = v + x }(x)
	return x * 2
}

func main() {
	fmt.Println(double())
	fmt.Println(chain())
	fmt.Println(shadowed())
	fmt.Println(unnamed())
	fmt.Println(withErr(true))
	fmt.Println(withErr(false))
	fmt.Println(*ptrResult())
	fmt.Println(deferArgSnapshot())
}
