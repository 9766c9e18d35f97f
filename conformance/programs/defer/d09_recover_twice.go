package main

import "fmt"

func f() {
	defer func() {
		a := recover()
		b := recover()
		fmt.Println("first:", a, "second:", b)
	}()
	panic("once")
}

func g() {
	defer func() {
		fmt.Println("later defer recover:", recover())
	}()
	defer func() {
		fmt.Println("first defer recover:", recover())
	}()
	panic("gpanic")
}

func main() {
	f()
	g()
	defer func() { fmt.Println("no panic:", recover()) }()
}
