package main

import "fmt"

// the same open-coded function is called repeatedly, alternately panicking
// and returning, from a caller that recovers; state of defer bits must be
// fresh per call.
func maybe(i int) (r int) {
	if i%3 == 0 {
		defer func() { r += 1000 }()
	}
	defer func() { r += 1 }()
	if i%4 == 0 {
		defer func() { r += 10 }()
	}
	if i%5 == 0 {
		panic(i)
	}
	return i
}

func guard(i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -e.(int)
		}
	}()
	return maybe(i)
}

func main() {
	s := 0
	for i := 0; i < 2500; i++ {
		v := guard(i)
		s += v
		if i < 25 || i > 2490 {
			fmt.Print(v, " ")
		}
	}
	fmt.Println()
	fmt.Println("sum", s)
}
