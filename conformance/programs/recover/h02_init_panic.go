package main

import "fmt"

var v = compute()

func compute() int {
	defer fmt.Println("compute defer")
	return 42
}

func init() {
	defer func() { fmt.Println("init1 recovered:", recover()) }()
	panic("init1")
}

func init() {
	defer fmt.Println("init2 defer")
	fmt.Println("init2 v =", v)
	panic(fmt.Errorf("init2 failed with %d", v))
}

func main() {
	fmt.Println("main never runs")
}
