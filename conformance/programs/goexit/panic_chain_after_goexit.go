package main

import (
	"fmt"
	"runtime"
)

// Goexit's internal marker is not printed: the first visible panic line
// has no leading tab.
func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic("raised again with a new value")
	}()
	defer func() {
		panic("first panic during Goexit")
	}()
	runtime.Goexit()
}
