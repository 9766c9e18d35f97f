package main

import "fmt"

func helper() interface{} { return recover() }

func tryHelper() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("outer got: ", r)
	}()
	defer func() {
		fmt.Println("helper returned:", helper())
	}()
	panic("p1")
}

func tryNested() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("outer2 got: ", r)
	}()
	defer func() {
		func() {
			fmt.Println("nested closure recover:", recover())
		}()
	}()
	panic("p2")
}

func tryDirectHelper() (res string) {
	defer func() {
		res = fmt.Sprint("outer3 got: ", recover())
	}()
	defer helper() // direct defer of a function calling recover: works
	panic("p3")
}

func main() {
	fmt.Println(tryHelper())
	fmt.Println(tryNested())
	fmt.Println(tryDirectHelper())
	fmt.Println("top-level recover:", recover())
}
