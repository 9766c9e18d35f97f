package main

import "fmt"

func find(xs []int) int {
	for {
		if len(xs) > 0 {
			break
		}
		return 0
	}
}

func main() {
	fmt.Println(find(nil))
}
