package main

import "fmt"

const Big = 1 << 62

func main() {
	var x int64 = Big * 4
	fmt.Println(x)
}
