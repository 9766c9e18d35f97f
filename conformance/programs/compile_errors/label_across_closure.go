package main

import "fmt"

func main() {
L:
	for i := 0; i < 3; i++ {
		func() {
			fmt.Println(i)
			continue L
		}()
	}
}
