package main

import "fmt"

// Constraint interfaces are valid Go even when unused.
type Number interface {
	~int | ~float64
}

func main() {
	fmt.Println("ok")
}
