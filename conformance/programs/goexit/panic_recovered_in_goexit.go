package main

import (
	"fmt"
	"runtime"
)

// A panic raised and recovered while Goexit runs deferred calls does not
// cancel the Goexit: the remaining defers run and main still never returns.
func main() {
	defer fmt.Println("last defer still runs")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	defer func() {
		fmt.Println("deferred call panics during Goexit")
		panic("panic during Goexit")
	}()
	defer fmt.Println("first defer")
	runtime.Goexit()
}
