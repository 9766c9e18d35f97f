package main

import (
	"fmt"
	"io"
	"os"
)

func describe(w io.Writer) string {
	switch w.(type) {
	case interface{ Fd() uintptr }:
		return "file"
	case fmt.Stringer:
		return "stringer"
	}
	return "other"
}

func main() {
	fmt.Println(describe(os.Stderr))
}
