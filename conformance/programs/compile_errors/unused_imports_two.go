package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	fmt.Println("hi")
}
