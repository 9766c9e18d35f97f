package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never")
	fmt.Println("exiting with -1")
	os.Exit(-1)
}
