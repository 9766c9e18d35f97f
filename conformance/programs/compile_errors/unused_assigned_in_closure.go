package main

import "fmt"

func main() {
	x := 1
	func() {
		x = 2
	}()
	fmt.Println("done")
}
