package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	defer os.Exit(4)
	defer fmt.Println("printed first")
	panic("ignored")
}
