package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	panic("p3")
}

func level2() {
	defer func() {
		r := recover()
		fmt.Println("level2 recovered", r)
		panic(fmt.Sprint("p2 after ", r))
	}()
	level3()
}

func level1() {
	defer func() {
		r := recover()
		fmt.Println("level1 recovered", r)
		panic(fmt.Sprint("p1 after ", r))
	}()
	defer fmt.Println("level1 plain defer")
	level2()
}

func main() {
	defer fmt.Println("main defer")
	level1()
}
