package main

import "fmt"

func main() {
	s := "hello"
	for i := range s {
		s[i] = 'x'
	}
	fmt.Println(s)
}
