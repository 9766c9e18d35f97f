package main

import "fmt"

func main() {
	var v any = 1
	switch v.(type) {
	case int, string:
		fmt.Println("a")
	case bool, int:
		fmt.Println("b")
	}
}
