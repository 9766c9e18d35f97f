package main

import "fmt"

const k = 1

func main() {
	switch t := nil.(type) {
	default:
		_ = t
	}
	n := 3
	switch v := n.(type) {
	case int:
		fmt.Println(v + 1)
	case string:
		fmt.Println(v)
	}
	switch u := k.(type) {
	default:
	}
}
