package main

import "fmt"

// A tight integer loop: arithmetic, comparison and a local accumulator.
func main() {
	sum := 0
	for i := 0; i < 200000000; i++ {
		sum += i ^ (i >> 3)
	}
	fmt.Println(sum)
}
