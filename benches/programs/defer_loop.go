package main

import "fmt"

var total int

// Defers inside a loop (gc: heap-allocated records from the pool).
func work(n int) {
	for i := 0; i < n; i++ {
		defer func(v int) { total += v }(i)
	}
}

func main() {
	for r := 0; r < 500000; r++ {
		work(10)
	}
	fmt.Println(total)
}
