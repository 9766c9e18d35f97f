package main

import (
	"fmt"
	"runtime"
)

func worker() (res string) {
	defer func() {
		res = "worker finished"
		fmt.Println("worker defer: res =", res)
	}()
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("worker recovered", r, "and calls Goexit")
			runtime.Goexit()
		}
	}()
	panic("worker failure")
}

func main() {
	defer fmt.Println("main defer")
	fmt.Println(worker())
	fmt.Println("never printed")
}
