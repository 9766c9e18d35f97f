// A make the system cannot back is Go's fatal "runtime: out of memory"
// (exit status 2): deferred calls do not run and recover cannot stop it,
// and what the program printed before is kept. 2^45 bytes is more than
// any machine gives (and, at gust's 8 bytes per element, more than the
// address space).
package main

import "fmt"

func alloc(n int) []byte {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	return make([]byte, n)
}

func main() {
	defer fmt.Println("deferred calls do not run")
	small := alloc(1 << 10)
	fmt.Println("small", len(small), cap(small))
	n := 1 << 45
	b := alloc(n)
	fmt.Println("unreachable", len(b))
}
