package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred 1 runs")
	defer func() {
		fmt.Println("deferred 2 runs, recover =", recover())
	}()
	fmt.Println("calling Goexit")
	runtime.Goexit()
	fmt.Println("never printed")
}
