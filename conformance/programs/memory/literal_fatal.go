// A slice literal whose backing array the system cannot give (2^40
// ints, most of them implicit zeros) is Go's fatal "runtime: out of
// memory", exit 2: deferred calls do not run and recover cannot stop
// it. Smaller sparse literals before it work.
package main

import "fmt"

var g []int

func main() {
	defer fmt.Println("deferred calls do not run")
	defer func() { fmt.Println("recovered?", recover()) }()
	small := []int{1 << 20: 1}
	g = small
	fmt.Println(len(g), g[1<<20])
	x := []int{1 << 40: 1, 5: 5}
	g = x
	fmt.Println("unreachable", len(g), g[1<<40])
}
