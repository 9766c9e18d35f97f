package main

import (
	"os"
	"strings"
)

type Namer interface{ Name() string }
type Bad interface{ Nope() }

func main() {
	var n Namer = strings.NewReader("x")
	var b Bad = os.Stdout
	_, _ = n, b
}
