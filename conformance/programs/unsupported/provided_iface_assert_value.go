package main

import (
	"fmt"
	"io"
	"os"
)

type syncWriter interface {
	io.Writer
	Sync() error
}

func flush(w io.Writer) {
	if s, ok := w.(syncWriter); ok {
		fmt.Println("sync", s.Sync())
	}
}

func main() {
	flush(os.Stdout)
	var c interface{} = os.Stdout
	fmt.Println(c.(interface{ Close() error }) != nil)
}
