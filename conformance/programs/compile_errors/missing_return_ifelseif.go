package main

import "fmt"

func grade(n int) string {
	if n > 90 {
		return "A"
	} else if n > 80 {
		return "B"
	}
}

func main() {
	fmt.Println(grade(85))
}
