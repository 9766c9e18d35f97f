package main

import "fmt"

func main() {
	a, b := 1.0, 2.0
	z := complex(a, b)
	fmt.Println(real(z))
}
