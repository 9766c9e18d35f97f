package main

import (
	"fmt"
	"os"
)

type wrapped struct{ *os.File }

func main() {
	w := wrapped{os.Stdout}
	fmt.Println(w.Name())
}
