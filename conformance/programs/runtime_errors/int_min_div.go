package main

import "fmt"

func div(a, b int8) int8 { return a / b }
func mod(a, b int64) int64 { return a % b }

func main() {
	fmt.Println(div(-128, -1), mod(-9223372036854775808, -1))
	var x int32 = -2147483648
	fmt.Println(x/-1, -x, x*-1)
	fmt.Println(div(7, 2), div(-7, 2), mod(-7, 3))
	zero := int8(0)
	fmt.Println(div(1, zero))
}
