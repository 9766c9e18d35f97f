// for i = range n over an integer assigns n itself to i: an untyped
// constant n takes the type of the existing variable, and a typed n must be
// assignable to it.
package main

import "fmt"

type small int16

func main() {
	var i8 int8
	for i8 = range 5 {
	}
	fmt.Printf("%T %d\n", i8, i8)

	var u uint
	n := 0
	for u = range 7 {
		n++
	}
	fmt.Printf("%T %d %d\n", u, u, n)

	var i64 int64
	for i64 = range 'a' - 90 {
	}
	fmt.Printf("%T %d\n", i64, i64)

	var s small
	for s = range 3 {
		fmt.Print(s, " ")
	}
	fmt.Printf("%T\n", s)

	var m int32 = 4
	var j int32
	for j = range m {
	}
	fmt.Printf("%T %d\n", j, j)

	const c = 6
	var b byte
	for b = range c {
	}
	fmt.Println(b)

	for _ = range 3 {
		n++
	}
	fmt.Println(n)

	var k int
	for k = range 0 {
		fmt.Println("never")
	}
	fmt.Println(k)

	arr := [3]uint8{}
	for arr[1] = range 200 {
	}
	fmt.Println(arr)

	p := new(int16)
	for *p = range 1000 {
	}
	fmt.Println(*p)
}
