package main

import (
	"fmt"
	"runtime"
)

func work() (n int) {
	defer func() {
		fmt.Println("work defer A: n =", n)
	}()
	defer func() {
		// a panic raised and recovered while Goexit is running
		defer func() {
			fmt.Println("work defer B inner recover:", recover())
		}()
		n = 2
		panic("during goexit")
	}()
	defer func() {
		fmt.Println("work defer C: recover =", recover())
		n = 1
	}()
	runtime.Goexit()
	return 99
}

func caller() {
	defer fmt.Println("caller defer runs after work's defers")
	defer func() {
		fmt.Println("caller recover:", recover())
	}()
	work()
	fmt.Println("never")
}

func main() {
	defer fmt.Println("main defer")
	caller()
}
