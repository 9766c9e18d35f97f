package main

import (
	"fmt"
	"strconv"
)

func main() {
	var err error
	n, err := strconv.Atoi("1")
	if n > 0 {
		n, err := strconv.Atoi("2")
		fmt.Println(n)
	}
	fmt.Println(n, err)
}
