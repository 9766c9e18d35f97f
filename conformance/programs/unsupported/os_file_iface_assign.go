package main

import (
	"fmt"
	"os"
)

type Namer interface{ Name() string }

func main() {
	var n Namer = os.Stdout
	fmt.Println(n.Name())
}
