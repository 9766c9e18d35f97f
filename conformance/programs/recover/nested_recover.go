package main

import "fmt"

func inner() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprint("inner re-raised: ", r))
		}
	}()
	panic("original")
}

func middle() {
	defer func() {
		r := recover()
		fmt.Println("middle recovered:", r)
		defer func() {
			fmt.Println("middle's nested defer recovered:", recover())
		}()
		panic("from middle's defer")
	}()
	inner()
}

func outer() (result string) {
	defer func() {
		result = fmt.Sprint("outer saw: ", recover())
	}()
	middle()
	return "normal"
}

func main() {
	fmt.Println(outer())
}
