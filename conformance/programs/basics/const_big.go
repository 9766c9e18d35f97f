package main

import "fmt"

const big = 1 << 511
const huge = big - 1 + big

func main() {
	fmt.Println(big>>500, huge>>505, -big>>509)
}
