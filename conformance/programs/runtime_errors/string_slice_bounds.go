package main

import "fmt"

func substr(s string, from, to int) string {
	return s[from:to]
}

func main() {
	s := "gopher"
	fmt.Println(substr(s, 1, 4), substr(s, 6, 6), substr(s, 0, 0))
	fmt.Println(substr(s, 4, 2))
}
