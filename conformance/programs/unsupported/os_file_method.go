package main

import (
	"fmt"
	"os"
)

func main() {
	os.Stdout.WriteString("hello\n")
	fmt.Println(os.Stdout.Name())
}
