package main

import (
	"fmt"
	"strings"
)

const upper = strings.ToUpper("x")

func main() {
	fmt.Println(upper)
}
