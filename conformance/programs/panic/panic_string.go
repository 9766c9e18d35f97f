package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2 sees panic but does not recover")
	}()
	panic("something went wrong")
}
