package main

import "fmt"

func main() {
	i := 3
	f := 1.5
	fmt.Println(i * f)
}
