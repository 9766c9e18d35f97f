package main

import (
	"fmt"
	"os"
)

func inner() {
	defer fmt.Println("inner: last defer (runs first)")
	panic("going down")
}

func middle() {
	defer fmt.Println("middle: never runs, os.Exit came first")
	defer func() {
		fmt.Println("middle: exiting with 3 during panic")
		os.Exit(3)
	}()
	defer fmt.Println("middle: runs before exit")
	inner()
}

func main() {
	defer fmt.Println("main: never runs")
	middle()
}
