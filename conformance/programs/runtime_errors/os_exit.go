package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not run")
	fmt.Println("printed before exit")
	fmt.Fprintln(os.Stderr, "to stderr before exit")
	os.Exit(3)
}
