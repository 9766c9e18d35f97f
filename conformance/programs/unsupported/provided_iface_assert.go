package main

import (
	"fmt"
	"os"
)

type Namer interface{ Name() string }

func main() {
	var x interface{} = os.Stdout
	_, ok := x.(Namer)
	fmt.Println(ok)
}
