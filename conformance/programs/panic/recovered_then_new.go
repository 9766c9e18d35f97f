package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprintf("second (after %v)", r))
	}()
	fmt.Println("start")
	panic("first")
}
