package main

import (
	"fmt"
	"runtime"
)

func f() {
	defer func() { fmt.Println("r2:", recover()) }()
	defer func() { panic(fmt.Sprint("re-", recover())) }()
	defer func() { panic("C") }()
	runtime.Goexit()
}

func main() {
	f()
	fmt.Println("unreachable")
}
