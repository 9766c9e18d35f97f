package main

import "fmt"

var checksum int
var ran int

// recursive, open-coded defers; panics at depth 1500, recovered at 700.
func rec(d int) (res int) {
	defer func() {
		ran++
		checksum = (checksum*31 + d + res) % 1000003
	}()
	if d == 700 {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered at depth", d, ":", r)
				res = -d
			}
		}()
	}
	if d == 1500 {
		panic(fmt.Sprint("bottom ", d))
	}
	v := rec(d+1) + 1
	res = v
	return
}

func main() {
	r := rec(0)
	fmt.Println("result", r, "ran", ran, "checksum", checksum)
	// again, to run with the function already compiled
	checksum, ran = 0, 0
	r = rec(0)
	fmt.Println("result", r, "ran", ran, "checksum", checksum)
}
