package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("outer defer runs during the panic")
	defer func() {
		panic(fmt.Sprintf("unrecovered panic in defer during Goexit"))
	}()
	fmt.Println("Goexit")
	runtime.Goexit()
}
