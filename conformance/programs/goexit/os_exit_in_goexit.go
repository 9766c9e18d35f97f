package main

import (
	"fmt"
	"os"
	"runtime"
)

func main() {
	defer fmt.Println("never runs: os.Exit happens first")
	defer func() {
		fmt.Println("exiting with status 3 during Goexit")
		os.Exit(3)
	}()
	defer fmt.Println("first defer during Goexit")
	runtime.Goexit()
}
