package main

import (
	"errors"
	"fmt"
)

var errBad = errors.New("bad")

func level3(i int) int {
	if i%2 == 0 {
		panic(errBad)
	}
	return i
}

func level2(i int) int { return level3(i) + 1 }

func level1(i int) int { return level2(i) + 1 }

// Panic through a few frames, recovered at an API boundary.
func safe(i int) (r int, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = x.(error)
		}
	}()
	return level1(i), nil
}

func main() {
	ok, failed := 0, 0
	for i := 0; i < 1000000; i++ {
		if _, err := safe(i); err != nil {
			failed++
		} else {
			ok++
		}
	}
	fmt.Println(ok, failed)
}
