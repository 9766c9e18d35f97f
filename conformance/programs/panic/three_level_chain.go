package main

import (
	"errors"
	"fmt"
)

func level(n int) {
	defer func() {
		if n > 0 {
			panic(fmt.Sprintf("panic from defer at level %d", n))
		}
	}()
	if n < 3 {
		level(n + 1)
		return
	}
	panic(errors.New("original failure at level 3"))
}

func main() {
	defer fmt.Println("main deferred print")
	level(1)
}
