package main

import (
	"fmt"
	"strconv"
)

// 4,000,000 strconv.Itoa calls, summed by length: one short-lived string
// per call.

func main() {
	total := 0
	for i := 0; i < 4_000_000; i++ {
		total += len(strconv.Itoa(i*7919 - 1_000_000_000))
	}
	fmt.Println(total)
}
