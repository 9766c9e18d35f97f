package main

import "fmt"

func main() {
	s := []string{"a"}
	fmt.Println(s + "b")
}
