package main

import "fmt"

func get() (int, bool) { return 1, true }

func main() {
	a, b, c := get()
	fmt.Println(a, b, c)
}
