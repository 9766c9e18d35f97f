package main

import "fmt"

func main() {
	defer fmt.Println("ok")
	recover()
	_ = recover()
	panic
}
