package main

import (
	"fmt"
	"os"
)

type Namer interface{ Name() string }

type Mine interface{ Mine() }

type logFile struct {
	*os.File
	lines int
}

func (logFile) Mine() {}

func main() {
	var x Mine = logFile{File: os.Stdout}
	if n, ok := x.(Namer); ok {
		fmt.Println(n.Name())
	}
}
