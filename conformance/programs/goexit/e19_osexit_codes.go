package main

import (
	"fmt"
	"os"
)

func bail(code int) {
	defer fmt.Println("bail defer never runs")
	os.Exit(code)
}

func main() {
	defer fmt.Println("main defer never runs")
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		bail(256 + 7)
	}()
	panic("x")
}
