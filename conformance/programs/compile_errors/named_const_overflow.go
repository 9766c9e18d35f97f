package main

import "fmt"

type Small int8
type Count uint8

// A typed constant overflowing its type names the operand with its basic
// type, then the basic type (types2's invalidConversion).
func main() {
	const sm Small = -128
	fmt.Println(-sm)
	const c Count = 255
	fmt.Println(c + 1)
	const u uint8 = 255
	fmt.Println(u * 2)
	const i int32 = 1 << 30
	fmt.Println(i << 2)
}
