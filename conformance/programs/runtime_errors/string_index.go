package main

import "fmt"

func main() {
	s := "héllo"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	n := len(s)
	fmt.Println(s[1:3], s[n:], s[:0] == "")
	fmt.Println(s[n])
}
