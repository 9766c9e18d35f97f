package main

import (
	"fmt"
	"runtime"
)

func f() {
	defer fmt.Println("f: first defer")
	defer func() {
		fmt.Println("f: panicking during Goexit")
		panic("panic during goexit")
	}()
	defer fmt.Println("f: last defer")
	runtime.Goexit()
}

func main() {
	defer fmt.Println("main defer")
	f()
}
