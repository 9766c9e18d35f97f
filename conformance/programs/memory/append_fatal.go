// append that grows a slice past what the system gives is Go's fatal
// "runtime: out of memory" (exit 2), whether it appends a huge made slice
// or a slice that cannot be backed; a length past Go's maxAlloc is the
// recoverable "growslice: len out of range" instead.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred calls do not run")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		z := make([]struct{}, 1<<62)
		z = append(z, make([]struct{}, 1<<62)...)
		fmt.Println("unreachable", len(z))
	}()
	s := []byte("ab")
	s = append(s, "cd"...)
	fmt.Println(string(s), len(s))
	n := 1 << 45
	s = append(s, make([]byte, n)...)
	fmt.Println("unreachable", len(s))
}
