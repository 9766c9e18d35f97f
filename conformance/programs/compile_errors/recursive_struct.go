package main

import "fmt"

type A struct{ B }
type B struct{ A }

func main() {
	fmt.Println(A{})
}
