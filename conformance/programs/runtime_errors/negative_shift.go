package main

import "fmt"

func shift(v int, n int) int {
	return v << n
}

func main() {
	fmt.Println(shift(1, 3), shift(1, 64), shift(-1, 63))
	var u uint32 = 1
	for _, n := range []int{31, 32, 33} {
		fmt.Print(u<<n, " ", int32(u)<<n, " ")
	}
	fmt.Println()
	fmt.Println(shift(5, -2))
}
