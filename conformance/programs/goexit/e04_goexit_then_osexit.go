package main

import (
	"fmt"
	"os"
	"runtime"
)

func main() {
	defer func() {
		fmt.Println("exiting cleanly from goexit")
		os.Exit(0)
	}()
	runtime.Goexit()
}
