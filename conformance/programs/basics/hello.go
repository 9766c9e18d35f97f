package main

import "fmt"

func main() {
	fmt.Println("hello, world")
	fmt.Println("gust", 1, 2.5, true, 'x', nil)
	fmt.Print("no newline", 42, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", 3, 4, "c", "\n")
	var s string
	fmt.Println(len(s), s == "")
}
