package main

import "fmt"

func main() {
	m := map[any]int{}
	m["ok"] = 1
	fmt.Println(len(m))
	m[map[string]int{}] = 2
}
