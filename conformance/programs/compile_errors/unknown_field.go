package main

import "fmt"

type T struct{ a int }

func main() {
	t := T{a: 1}
	fmt.Println(t.b)
}
