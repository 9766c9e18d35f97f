package main

import "fmt"

func lvl(depth int) {
	defer func() {
		r := recover()
		fmt.Println("depth", depth, "recovered", r)
		panic(r)
	}()
	if depth == 0 {
		s := []int{1, 2, 3}
		i := 7
		_ = s[i]
	}
	lvl(depth - 1)
}

func main() {
	lvl(2)
}
