package main

import "fmt"

func main() {
	defer func() {
		recover()
		panic(fmt.Sprint("x", 1))
	}()
	panic(fmt.Sprint("x", 1))
}
