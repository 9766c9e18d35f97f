// An allocation the system cannot back is Go's fatal "out of memory"
// (deferred calls do not run, exit status 2), not a panic and never an
// abort of gust itself. 2^47 bytes exceed amd64's user address space.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred calls do not run")
	defer func() {
		fmt.Println("no recover either", recover())
	}()
	n := 1 << 44
	fmt.Println("before")
	s := make([]int64, 1)
	s = append(s, make([]int64, 3)...)
	fmt.Println(len(s), cap(s))
	big := make([]int64, n)
	fmt.Println(len(big))
}
