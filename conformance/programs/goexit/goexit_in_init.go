package main

import (
	"fmt"
	"runtime"
)

var ready = setup()

func setup() bool {
	fmt.Println("package var initialized")
	return true
}

func init() {
	defer fmt.Println("init defer runs")
	fmt.Println("init calls Goexit, ready =", ready)
	runtime.Goexit()
}

func main() {
	fmt.Println("main never runs")
}
