package main

import "fmt"

func main() {
	fmt.Println(max(1, "a"), min())
}
