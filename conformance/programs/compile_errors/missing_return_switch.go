package main

import "fmt"

func sign(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	case x == 0:
		return 0
	}
}

func main() {
	fmt.Println(sign(3))
}
