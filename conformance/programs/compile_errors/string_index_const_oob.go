package main

import "fmt"

func main() {
	const s = "abc"
	fmt.Println(s[3])
}
