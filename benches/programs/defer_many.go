package main

import "fmt"

var a, b, c, d int

// Several defers in one function (gc: open-coded, 4 defers).
func work(i int) {
	defer func() { a++ }()
	defer func() { b += i }()
	defer func() { c ^= i }()
	defer func() { d-- }()
}

func main() {
	for i := 0; i < 5000000; i++ {
		work(i)
	}
	fmt.Println(a, b, c, d)
}
