package main

import (
	"fmt"
	"runtime"
)

func check(tag string) {
	r := recover()
	fmt.Println(tag, "recover during Goexit:", r, r == nil)
}

func main() {
	defer check("direct")
	defer func() {
		check("helper")
	}()
	defer func() {
		r := recover()
		fmt.Println("closure recover during Goexit:", r)
	}()
	runtime.Goexit()
}
