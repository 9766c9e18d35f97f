package main

import "fmt"

func noPanic() (r any) {
	defer func() {
		r = recover()
		fmt.Println("recover in defer without a panic:", r)
	}()
	return "normal result"
}

func afterRecovered() {
	defer func() {
		fmt.Println("later defer after recovery:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
		fmt.Println("second recover:", recover())
	}()
	panic("only once")
}

func main() {
	fmt.Println("top-level recover:", recover())
	fmt.Println(noPanic())
	afterRecovered()
	r := recover()
	fmt.Println("still nil:", r == nil)
}
