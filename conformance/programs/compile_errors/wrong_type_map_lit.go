package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": "two"}
	fmt.Println(m)
}
