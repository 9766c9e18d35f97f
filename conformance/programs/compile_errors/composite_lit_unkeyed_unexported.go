package main

import (
	"fmt"
	"strings"
)

func main() {
	b := strings.Builder{nil, nil}
	fmt.Println(b.String())
}
