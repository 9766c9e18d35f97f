package main

import "fmt"

// [...]T outside a composite literal is an error, and used as a value a
// second one at the same place.
func main() {
	_ = [...]int
	x := [...]int(nil)
	fmt.Println([...]string, x)
	var y [...]int
	_ = y
	_ = len([...]int)
}
