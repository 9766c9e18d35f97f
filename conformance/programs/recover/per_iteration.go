package main

import (
	"fmt"
	"strconv"
)

func parseAll(in []string) (nums []int, bad []string) {
	for _, s := range in {
		func() {
			defer func() {
				if r := recover(); r != nil {
					bad = append(bad, fmt.Sprint(s, ": ", r))
				}
			}()
			n, err := strconv.Atoi(s)
			if err != nil {
				panic(err)
			}
			if n < 0 {
				panic("negative")
			}
			nums = append(nums, 100/n)
		}()
	}
	return
}

func main() {
	nums, bad := parseAll([]string{"5", "x", "-3", "0", "20", "99999999999999999999"})
	fmt.Println(nums)
	for _, b := range bad {
		fmt.Println(b)
	}
}
