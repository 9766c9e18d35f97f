package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	panic("L3")
}

func level2() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = "L2 recovered " + r.(string)
		}
	}()
	defer fmt.Println("level2 defer (runs before recover)")
	level3()
	return "L2 normal"
}

func level1() {
	defer fmt.Println("level1 defer 1")
	fmt.Println(level2())
	defer fmt.Println("level1 defer 2")
	panic("L1")
}

func main() {
	defer func() { fmt.Println("main:", recover()) }()
	level1()
}
