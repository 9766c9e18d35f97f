package main

import "fmt"

type T struct{}

func (T) Val() {}

func main() {
	defer func() { fmt.Println(recover()) }()
	var p *T
	(*T).Val(p)
}
