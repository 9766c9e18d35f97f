package main

import (
	"fmt"
	"os"
)

type Namer interface{ Name() string }

type wrapped struct{ *os.File }

func main() {
	var n Namer = wrapped{os.Stdout}
	fmt.Println(n.Name())
}
