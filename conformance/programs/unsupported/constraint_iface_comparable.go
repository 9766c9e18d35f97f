package main

import "fmt"

type Key interface {
	fmt.Stringer
	comparable
}

func main() {
	fmt.Println("ok")
}
