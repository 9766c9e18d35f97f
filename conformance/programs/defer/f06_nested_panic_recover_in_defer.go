package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("main final:", recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("inner recover:", recover())
		}()
		panic("second")
	}()
	panic("first")
}
