package main

import "fmt"

func main() {
	f := func() int {
		result := 10
		tmp := result * 2
		return result
	}
	fmt.Println(f())
}
