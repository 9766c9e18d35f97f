package main

import (
	"fmt"
	"os"
	"strings"
)

// Names Go's packages lack are undefined, in type and value positions.
var a fmt.Nope
var b strings.builder

func main() {
	var sb strings.Builder
	sb.Nope()
	os.Stdout.Nope()
	_ = (*os.File).Nope
	fmt.Println(a, b)
}
