package main

import "fmt"

func risky(tag string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("risky recovered ", r)
		}
	}()
	panic("risky-" + tag)
}

func main() {
	defer func() {
		fmt.Println("main recover:", recover())
	}()
	defer func() {
		fmt.Println(risky("in-defer"))
		fmt.Println("still panicking? recover here:", recover())
	}()
	panic("outer")
}
