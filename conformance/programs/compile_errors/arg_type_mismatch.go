package main

import "fmt"

func greet(name string, times int) {
	fmt.Println(name, times)
}

func main() {
	greet("a", "3")
}
