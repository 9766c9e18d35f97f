package main

import (
	"fmt"
	"strings"
)

// Converting a computed string to an interface allocates, so the second
// panic is a different value and both are reported.
func main() {
	msg := strings.Repeat("ab", 3)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(msg)
	}()
	panic(msg)
}
