package main

import "fmt"

// A package-level array literal of half a million bytes: its initializer is
// far larger than any function the JIT compiles; it stays interpreted.
var table = [1 << 19]byte{42, 7: 9}

func main() {
	sum := 0
	for _, b := range table {
		sum += int(b)
	}
	fmt.Println(table[0], table[7], len(table), sum)
}
