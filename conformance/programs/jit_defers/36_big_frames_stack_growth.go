package main

import "fmt"

// large frames, deep recursion inside a deferred call while a panic is
// pending, so the goroutine stack grows under suspended frames.
func heavy(d int) (s int) {
	var buf [64]int
	for i := range buf {
		buf[i] = d + i
	}
	defer func() {
		s += buf[d%64]
	}()
	if d == 0 {
		return 0
	}
	return heavy(d-1) + buf[63]
}

func panicky(d int) (s int) {
	var buf [32]int
	buf[d%32] = d
	defer func() {
		if d == 5 {
			// runs while the panic from depth 0 is in progress
			s = heavy(2500) + buf[5]
			if r := recover(); r != nil {
				fmt.Println("recovered at 5:", r, "s =", s)
			}
		}
	}()
	if d == 0 {
		panic("bottom")
	}
	return panicky(d-1) + buf[d%32]
}

func main() {
	fmt.Println(heavy(10))
	fmt.Println(panicky(12))
	fmt.Println(panicky(3000))
}
